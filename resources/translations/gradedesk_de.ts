<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditWording</name>
    <message>
        <source>%1 set to %2</source>
        <translation>%1 auf %2 gesetzt</translation>
    </message>
    <message>
        <source>%1 %2 cleared</source>
        <translation>%1 %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Regrade: %1</source>
        <translation>Neubewertung: %1</translation>
    </message>
    <message>
        <source>Regrade: %1 → %2</source>
        <translation>Neubewertung: %1 → %2</translation>
    </message>
    <message>
        <source> (grade changed)</source>
        <translation> (Bewertung geändert)</translation>
    </message>
    <message>
        <source> (grade unchanged)</source>
        <translation> (Bewertung unverändert)</translation>
    </message>
    <message>
        <source>Pushed grades to Canvas: %1 sent, %2 failed</source>
        <translation>Noten an Canvas übertragen: %1 gesendet, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>keine Punkte</translation>
    </message>
    <message>
        <source>Pushing to Canvas failed (%1)</source>
        <translation>Übertragung an Canvas fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Pushed to Canvas: %1</source>
        <translation>An Canvas übertragen: %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Extra credit</source>
        <translation>Zusatzpunkte</translation>
    </message>
    <message>
        <source>Applied rubric item “%1”</source>
        <translation>Kriterium „%1“ angewendet</translation>
    </message>
    <message>
        <source>Removed rubric item “%1”</source>
        <translation>Kriterium „%1“ entfernt</translation>
    </message>
    <message>
        <source>Adjustment removed</source>
        <translation>Punktekorrektur entfernt</translation>
    </message>
    <message>
        <source>Adjustment %1</source>
        <translation>Punktekorrektur %1</translation>
    </message>
    <message>
        <source>Adjustment %1: %2</source>
        <translation>Punktekorrektur %1: %2</translation>
    </message>
    <message>
        <source>Graded with the rubric</source>
        <translation>Mit dem Bewertungsschema bewertet</translation>
    </message>
    <message>
        <source>Rubric grading removed</source>
        <translation>Bewertung nach Bewertungsschema entfernt</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>Zur Prüfung markiert</translation>
    </message>
    <message>
        <source>Flag removed</source>
        <translation>Markierung entfernt</translation>
    </message>
    <message>
        <source>Split from its answer group</source>
        <translation>Aus der Antwortgruppe herausgelöst</translation>
    </message>
    <message>
        <source>Put back into its answer group</source>
        <translation>Wieder in die Antwortgruppe aufgenommen</translation>
    </message>
    <message>
        <source>Comment imported from nbgrader</source>
        <translation>Kommentar aus nbgrader importiert</translation>
    </message>
    <message>
        <source>Imported from nbgrader: score</source>
        <translation>Aus nbgrader importiert: Punkte</translation>
    </message>
    <message>
        <source>Comment added</source>
        <translation>Kommentar hinzugefügt</translation>
    </message>
    <message>
        <source>Comment removed</source>
        <translation>Kommentar entfernt</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>Kommentar geändert</translation>
    </message>
    <message>
        <source>Regrade requested</source>
        <translation>Neubewertung beantragt</translation>
    </message>
    <message>
        <source>Name revealed</source>
        <translation>Name aufgedeckt</translation>
    </message>
    <message>
        <source>All names shown</source>
        <translation>Alle Namen angezeigt</translation>
    </message>
    <message>
        <source>Marked for the next Canvas push</source>
        <translation>Für die nächste Canvas-Übertragung markiert</translation>
    </message>
    <message>
        <source>Canvas push mark cleared</source>
        <translation>Markierung für die Canvas-Übertragung entfernt</translation>
    </message>
    <message>
        <source>Roster imported from Canvas</source>
        <translation>Teilnehmerliste aus Canvas importiert</translation>
    </message>
    <message>
        <source>Autograded</source>
        <translation>Automatisch bewertet</translation>
    </message>
    <message>
        <source>Added rubric item “%1”</source>
        <translation>Kriterium „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Changed rubric item “%1”</source>
        <translation>Kriterium „%1“ geändert</translation>
    </message>
    <message>
        <source>Deleted rubric item “%1”</source>
        <translation>Kriterium „%1“ gelöscht</translation>
    </message>
    <message>
        <source>Rubric reordered</source>
        <translation>Bewertungsschema neu geordnet</translation>
    </message>
    <message>
        <source>Scoring settings changed</source>
        <translation>Punkteeinstellungen geändert</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>wieder geöffnet</translation>
    </message>
</context>
<context>
    <name>AutoScorer</name>
    <message>
        <source>Task cell: grade it by hand.</source>
        <translation>Task-Zelle: von Hand bewerten.</translation>
    </message>
    <message>
        <source>This cell is not a grade cell; grade it by hand.</source>
        <translation>Diese Zelle ist keine Bewertungszelle; von Hand bewerten.</translation>
    </message>
    <message>
        <source>No response: the answer cell is unchanged.</source>
        <translation>Keine Antwort: Die Antwortzelle ist unverändert.</translation>
    </message>
    <message>
        <source>Written answer: grade it by hand.</source>
        <translation>Schriftliche Antwort: von Hand bewerten.</translation>
    </message>
    <message>
        <source>A grade cell that is not code cannot be scored automatically; grade it by hand.</source>
        <translation>Eine Bewertungszelle ohne Code kann nicht automatisch bewertet werden; von Hand bewerten.</translation>
    </message>
    <message>
        <source>The test failed with %1.</source>
        <translation>Der Test ist mit %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>einem Fehler</translation>
    </message>
    <message>
        <source>The test wrote to standard error, which counts as failed.</source>
        <translation>Der Test hat in die Standardfehlerausgabe geschrieben und gilt daher als nicht bestanden.</translation>
    </message>
    <message>
        <source>The test returned a value that is not partial credit, which counts as passed.</source>
        <translation>Der Test hat einen Wert zurückgegeben, der keine Teilpunktzahl ist, und gilt daher als bestanden.</translation>
    </message>
    <message>
        <source>The test returned %1 points, more than the cell's %2; grade it by hand.</source>
        <translation>Der Test hat %1 Punkte zurückgegeben, mehr als die %2 der Zelle; von Hand bewerten.</translation>
    </message>
    <message>
        <source>Partial credit: %1 of %2 points.</source>
        <translation>Teilpunkte: %1 von %2 Punkten.</translation>
    </message>
    <message>
        <source>The test passed.</source>
        <translation>Der Test wurde bestanden.</translation>
    </message>
    <message>
        <source>Cell %1 repeats the grade id '%2' and was ignored.</source>
        <translation>Zelle %1 wiederholt die grade_id „%2“ und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The cell '%1' is missing from the submission; grade it by hand.</source>
        <translation>Die Zelle „%1“ fehlt in der Abgabe; von Hand bewerten.</translation>
    </message>
    <message>
        <source>Cell %1 claims to be graded ('%2') but the assignment has no such cell; it was ignored.</source>
        <translation>Zelle %1 gibt an, bewertet zu werden („%2“), aber die Aufgabe hat keine solche Zelle; sie wurde ignoriert.</translation>
    </message>
</context>
<context>
    <name>AutogradeCommand</name>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>graded</source>
        <translation>bewertet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>manual score %1 decides</source>
        <translation>manuelle Punkte %1 sind maßgeblich</translation>
    </message>
    <message>
        <source>needs manual grading</source>
        <translation>muss manuell bewertet werden</translation>
    </message>
    <message numerus="yes">
        <source>No scores change (%n cell(s) already up to date).</source>
        <translation>
            <numerusform>Keine Punkte ändern sich (%n Zelle bereits aktuell).</numerusform>
            <numerusform>Keine Punkte ändern sich (%n Zellen bereits aktuell).</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Änderungen:</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) change, %1 final score(s) change, %2 unchanged.</source>
        <translation>
            <numerusform>%n Zelle ändert sich; geänderte Endpunkte: %1; unverändert: %2.</numerusform>
            <numerusform>%n Zellen ändern sich; geänderte Endpunkte: %1; unverändert: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Store these scores in the gradebook? [y/N] </source>
        <translation>Diese Punkte im Notenbuch speichern? [y/N] </translation>
    </message>
    <message>
        <source>Autograded %1 (%2): %3 graded, %4 failed, %5 timed out, %6 cancelled of %7 in %8 s</source>
        <translation>%1 (%2) automatisch bewertet: von %7 Abgaben %3 bewertet, %4 fehlgeschlagen, %5 mit Zeitüberschreitung, %6 abgebrochen; Dauer %8 s</translation>
    </message>
    <message>
        <source>Log of %1 (last lines):</source>
        <translation>Protokoll von %1 (letzte Zeilen):</translation>
    </message>
    <message>
        <source>Run every collected submission of ASSIGNMENT through the grading harness, show which scores would change, and store the auto scores (manual scores, comments and rubric grading stay as they are).</source>
        <translation>Jede eingesammelte Abgabe von ASSIGNMENT mit dem Bewertungsskript ausführen, anzeigen, welche Punkte sich ändern würden, und die automatischen Punkte speichern (manuelle Punkte, Kommentare und die Bewertung nach Bewertungsschema bleiben unverändert).</translation>
    </message>
    <message>
        <source>The assignment to autograde.</source>
        <translation>Die automatisch zu bewertende Aufgabe.</translation>
    </message>
    <message>
        <source>local or kubernetes (default: the course's autograde.executor).</source>
        <translation>local oder kubernetes (Standard: autograde.executor des Kurses).</translation>
    </message>
    <message>
        <source>Submissions graded at once (default: the course's autograde.parallelism).</source>
        <translation>Gleichzeitig bewertete Abgaben (Standard: autograde.parallelism des Kurses).</translation>
    </message>
    <message>
        <source>Grade only this student (repeatable).</source>
        <translation>Nur diese Person bewerten (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Grade and show the changes, but store nothing.</source>
        <translation>Bewerten und die Änderungen anzeigen, aber nichts speichern.</translation>
    </message>
    <message>
        <source>Store changed scores without asking.</source>
        <translation>Geänderte Punkte ohne Rückfrage speichern.</translation>
    </message>
    <message>
        <source>autograde: --jobs needs a whole number of 1 or more</source>
        <translation>autograde: --jobs erwartet eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>autograde: unknown executor '%1' (use %2)</source>
        <translation>autograde: unbekannte Ausführung „%1“ (%2 verwenden)</translation>
    </message>
    <message numerus="yes">
        <source>Autograding %n submission(s) of %1 with the %2 executor (run %3)...</source>
        <translation>
            <numerusform>%n Abgabe von %1 wird mit der Ausführung %2 automatisch bewertet (Lauf %3)...</numerusform>
            <numerusform>%n Abgaben von %1 werden mit der Ausführung %2 automatisch bewertet (Lauf %3)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was stored.</source>
        <translation>Probelauf: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Scores would change, so nothing was stored. Run again with --yes to store them, or with --dry-run to only look.</source>
        <translation>Punkte würden sich ändern, daher wurde nichts gespeichert. Erneut mit --yes ausführen, um sie zu speichern, oder mit --dry-run, um sie nur anzusehen.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n auto score(s); placed %1 executed notebook(s) in autograded/.</source>
        <translation>
            <numerusform>%n automatischer Punktwert gespeichert; ausgeführte Notebooks in autograded/ abgelegt: %1.</numerusform>
            <numerusform>%n automatische Punktwerte gespeichert; ausgeführte Notebooks in autograded/ abgelegt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some submissions were not graded (see above). Fix the cause and run autograde again with --student for them.</source>
        <translation>Einige Abgaben wurden nicht bewertet (siehe oben). Die Ursache beheben und autograde für diese Abgaben erneut mit --student ausführen.</translation>
    </message>
</context>
<context>
    <name>AutogradeExecutors</name>
    <message>
        <source>Unknown executor '%1'. Use one of: %2.</source>
        <translation>Unbekannte Ausführung „%1“. Eine der folgenden verwenden: %2.</translation>
    </message>
</context>
<context>
    <name>AutogradeHarness</name>
    <message>
        <source>The grading harness returned a result GradeDesk cannot read. Check the submission's log and grade it again.</source>
        <translation>Das Bewertungsskript hat ein Ergebnis geliefert, das GradeDesk nicht lesen kann. Das Protokoll der Abgabe prüfen und sie erneut bewerten.</translation>
    </message>
    <message>
        <source>The grading harness is missing from this GradeDesk build. Reinstall GradeDesk.</source>
        <translation>Das Bewertungsskript fehlt in diesem GradeDesk-Build. GradeDesk neu installieren.</translation>
    </message>
    <message>
        <source>GradeDesk could not write the grading harness to %1. Check that the folder is writable.</source>
        <translation>GradeDesk konnte das Bewertungsskript nicht nach %1 schreiben. Prüfen, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The result was too large for the termination message; it is in the log.</source>
        <translation>Das Ergebnis war zu groß für die Abschlussmeldung (termination message); es steht im Protokoll.</translation>
    </message>
    <message>
        <source>The grading harness speaks a newer result format (version %1). Use the harness of this GradeDesk version.</source>
        <translation>Das Bewertungsskript verwendet ein neueres Ergebnisformat (Version %1). Das Bewertungsskript dieser GradeDesk-Version verwenden.</translation>
    </message>
    <message>
        <source>The grading harness did not report a result. Check the submission's log.</source>
        <translation>Das Bewertungsskript hat kein Ergebnis gemeldet. Das Protokoll der Abgabe prüfen.</translation>
    </message>
</context>
<context>
    <name>AutogradeImport</name>
    <message>
        <source>%1/%2: the executed notebook cannot be read (%3); it is not placed in autograded/.</source>
        <translation>%1/%2: Das ausgeführte Notebook kann nicht gelesen werden (%3); es wird nicht in autograded/ abgelegt.</translation>
    </message>
    <message>
        <source>%1/%2/%3: the harness scored %4, but the executed notebook scores %5 by GradeDesk's rules; the harness's score is stored. Report this.</source>
        <translation>%1/%2/%3: Das Bewertungsskript hat %4 Punkte vergeben, nach den Regeln von GradeDesk ergibt das ausgeführte Notebook jedoch %5; gespeichert werden die Punkte des Bewertungsskripts. Diesen Fehler melden.</translation>
    </message>
    <message>
        <source>the submission is no longer in the gradebook; its results were not stored.</source>
        <translation>die Abgabe ist nicht mehr im Notenbuch; ihre Ergebnisse wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>a newer submission was collected after this run started; autograde again to grade it.</source>
        <translation>nach dem Start dieses Laufs wurde eine neuere Abgabe eingesammelt; erneut automatisch bewerten, um sie zu bewerten.</translation>
    </message>
    <message>
        <source>%1/%2: the notebook is not part of the submission in the gradebook; collect again, then autograde.</source>
        <translation>%1/%2: Das Notebook gehört nicht zur Abgabe im Notenbuch; erneut einsammeln, dann automatisch bewerten.</translation>
    </message>
    <message>
        <source>%1/%2/%3: the cell is not in the gradebook; collect again, then autograde.</source>
        <translation>%1/%2/%3: Die Zelle ist nicht im Notenbuch; erneut einsammeln, dann automatisch bewerten.</translation>
    </message>
</context>
<context>
    <name>AutogradePlacement</name>
    <message>
        <source>The file %1 could not be copied into autograded/. Check free space and permissions, then commit again.</source>
        <translation>Die Datei %1 konnte nicht nach autograded/ kopiert werden. Freien Speicherplatz und Zugriffsrechte prüfen, dann erneut übernehmen.</translation>
    </message>
    <message>
        <source>student</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Check the permissions of the course's autograded/ folder, then commit again.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden. Die Zugriffsrechte des Ordners autograded/ des Kurses prüfen, dann erneut übernehmen.</translation>
    </message>
    <message>
        <source>notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>The executed notebook %1 could not be copied into autograded/. Check free space and permissions, then commit again.</source>
        <translation>Das ausgeführte Notebook %1 konnte nicht nach autograded/ kopiert werden. Freien Speicherplatz und Zugriffsrechte prüfen, dann erneut übernehmen.</translation>
    </message>
    <message>
        <source>%1: the folder %2 could not be replaced; it keeps the previous autograded notebooks.</source>
        <translation>%1: Der Ordner %2 konnte nicht ersetzt werden; die bisherigen automatisch bewerteten Notebooks bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1: the executed notebooks could not be moved into %2; it keeps the previous autograded notebooks.</source>
        <translation>%1: Die ausgeführten Notebooks konnten nicht nach %2 verschoben werden; die bisherigen automatisch bewerteten Notebooks bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>AutogradePlanner</name>
    <message>
        <source>assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>The assignment '%1' is not in the gradebook. Collect it first, then autograde.</source>
        <translation>Die Aufgabe „%1“ ist nicht im Notenbuch. Zuerst einsammeln, dann automatisch bewerten.</translation>
    </message>
    <message>
        <source>The assignment '%1' has no notebooks in the gradebook. Put its notebooks in source/%1/ and collect again.</source>
        <translation>Die Aufgabe „%1“ hat keine Notebooks im Notenbuch. Ihre Notebooks in source/%1/ ablegen und erneut einsammeln.</translation>
    </message>
    <message>
        <source>No submission of %1 for '%2' is in the gradebook. Check the student ids, or collect first.</source>
        <translation>Im Notenbuch ist keine Abgabe von %1 für „%2“ vorhanden. Die Studierenden-IDs prüfen oder zuerst einsammeln.</translation>
    </message>
    <message>
        <source>The gradebook has no submissions of '%1'. Collect them first, then autograde.</source>
        <translation>Das Notenbuch enthält keine Abgaben von „%1“. Zuerst einsammeln, dann automatisch bewerten.</translation>
    </message>
</context>
<context>
    <name>CanvasAssignments</name>
    <message numerus="yes">
        <source>Canvas has %n assignment(s) called “%1” (ids %2). Rename or delete the extra ones in Canvas so the name is unique.</source>
        <translation>
            <numerusform>Canvas hat %n Aufgabe namens „%1“ (ID %2). Die überzähligen in Canvas umbenennen oder löschen, damit der Name eindeutig ist.</numerusform>
            <numerusform>Canvas hat %n Aufgaben namens „%1“ (IDs %2). Die überzähligen in Canvas umbenennen oder löschen, damit der Name eindeutig ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding the assignment</source>
        <translation>Aufgabe wird gesucht</translation>
    </message>
    <message>
        <source>Reading scores from Canvas</source>
        <translation>Punkte werden aus Canvas gelesen</translation>
    </message>
    <message>
        <source>Reading submission comments from Canvas</source>
        <translation>Abgabekommentare werden aus Canvas gelesen</translation>
    </message>
</context>
<context>
    <name>CanvasCommands</name>
    <message>
        <source>Read the Canvas access token from FILE (keep it readable only by you).</source>
        <translation>Das Canvas-Zugriffstoken aus FILE lesen (die Datei nur für sich selbst lesbar halten).</translation>
    </message>
    <message>
        <source>%1 has no Canvas section. Add one such as 'canvas: {url: https://canvas.example.edu, course_id: "12345"}' and try again.</source>
        <translation>%1 hat keinen Canvas-Abschnitt. Einen ergänzen, etwa „canvas: {url: https://canvas.example.edu, course_id: "12345"}“, und erneut versuchen.</translation>
    </message>
    <message>
        <source>No Canvas access token: pass --token-file FILE, set GRADEDESK_CANVAS_TOKEN, or store the token in the keychain from the GradeDesk app (%1).</source>
        <translation>Kein Canvas-Zugriffstoken: --token-file FILE angeben, GRADEDESK_CANVAS_TOKEN setzen oder das Token in der GradeDesk-App im Schlüsselbund speichern (%1).</translation>
    </message>
    <message>
        <source>unknown (no student to look at)</source>
        <translation>unbekannt (keine Studierenden zum Prüfen)</translation>
    </message>
    <message>
        <source>Check the Canvas address, the token, the course id and what the token may see and do.</source>
        <translation>Canvas-Adresse, Token, Kurs-ID und die Berechtigungen des Tokens prüfen.</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Canvas</translation>
    </message>
    <message>
        <source>Course id</source>
        <translation>Kurs-ID</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Login ids</source>
        <translation>Login-IDs</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>sichtbar</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>SIS ids</source>
        <translation>SIS-IDs</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Noten</translation>
    </message>
    <message>
        <source>can manage</source>
        <translation>dürfen verwaltet werden</translation>
    </message>
    <message>
        <source>cannot manage</source>
        <translation>dürfen nicht verwaltet werden</translation>
    </message>
    <message>
        <source>sections: %1 -&gt; %2</source>
        <translation>Abschnitte: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>name: %1 -&gt; %2</source>
        <translation>Name: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>e-mail: %1 -&gt; %2</source>
        <translation>E-Mail: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Canvas id: %1</source>
        <translation>Canvas-ID: %1</translation>
    </message>
    <message>
        <source>Import the students and sections of the Canvas course into the gradebook. Students who left Canvas are kept with their grades and marked inactive. The changes are shown first; --dry-run stops there.</source>
        <translation>Die Studierenden und Abschnitte des Canvas-Kurses ins Notenbuch importieren. Studierende, die Canvas verlassen haben, bleiben mit ihren Noten erhalten und werden als inaktiv markiert. Die Änderungen werden zuerst angezeigt; mit --dry-run endet der Vorgang dort.</translation>
    </message>
    <message>
        <source>Show the changes, change nothing.</source>
        <translation>Die Änderungen anzeigen, nichts ändern.</translation>
    </message>
    <message>
        <source>Decide an unmatched or ambiguous student: Canvas user id = hub username (remembered for later imports). Repeat as needed.</source>
        <translation>Nicht zugeordnete oder mehrdeutige Studierende festlegen: Canvas-Benutzer-ID = Hub-Benutzername (wird für spätere Importe gespeichert). Bei Bedarf wiederholen.</translation>
    </message>
    <message>
        <source>canvas roster: --map needs CANVAS_USER_ID=USERNAME, not '%1'</source>
        <translation>canvas roster: --map erfordert CANVAS_USER_ID=USERNAME, nicht „%1“</translation>
    </message>
    <message>
        <source>Canvas roster: %1 students, %2 TAs, %3 sections</source>
        <translation>Canvas-Teilnehmerliste: %1 Studierende, %2 Tutor/innen, %3 Abschnitte</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <source>rejoined</source>
        <translation>wieder aufgenommen</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>kept with grades, marked inactive</source>
        <translation>mit Noten behalten, als inaktiv markiert</translation>
    </message>
    <message>
        <source>Canvas user %1 (%2) is %3: %4</source>
        <translation>Canvas-Konto %1 (%2) ist %3: %4</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>nicht eindeutig</translation>
    </message>
    <message>
        <source>not matched</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>Not in Canvas and never linked, left as they are: %1</source>
        <translation>Nicht in Canvas und nie verknüpft, unverändert gelassen: %1</translation>
    </message>
    <message>
        <source>%1 added, %2 dropped, %3 rejoined, %4 section changes, %5 name or e-mail changes, %6 unchanged, %7 unresolved</source>
        <translation>%1 hinzugefügt, %2 ausgeschieden, %3 wieder aufgenommen, %4 Abschnittsänderungen, %5 Namens- oder E-Mail-Änderungen, %6 unverändert, %7 ungeklärt</translation>
    </message>
    <message>
        <source>Dry run: the gradebook was not changed.</source>
        <translation>Probelauf: Das Notenbuch wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Applied to the gradebook.</source>
        <translation>Im Notenbuch übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n Canvas student(s) were left out; decide them with --map CANVAS_USER_ID=USERNAME.</source>
        <translation>
            <numerusform>%n Person aus Canvas wurde ausgelassen; mit --map CANVAS_USER_ID=USERNAME zuordnen.</numerusform>
            <numerusform>%n Personen aus Canvas wurden ausgelassen; mit --map CANVAS_USER_ID=USERNAME zuordnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>skip: %1</source>
        <translation>überspringen: %1</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>übertragen</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>Canvas has no assignment “%1”: the push will create it with %2 points (%3).</source>
        <translation>Canvas hat keine Aufgabe „%1“: Die Übertragung legt sie mit %2 Punkten an (%3).</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>unpublished: add --publish to publish it</source>
        <translation>unveröffentlicht: --publish ergänzen, um sie zu veröffentlichen</translation>
    </message>
    <message>
        <source>Created the Canvas assignment “%1” (id %2, %3 points).</source>
        <translation>Canvas-Aufgabe „%1“ angelegt (ID %2, %3 Punkte).</translation>
    </message>
    <message>
        <source>Published the Canvas assignment “%1”.</source>
        <translation>Canvas-Aufgabe „%1“ veröffentlicht.</translation>
    </message>
    <message>
        <source>The Canvas assignment is worth %1 points, GradeDesk's %2; scores are sent as GradeDesk's points.</source>
        <translation>Die Canvas-Aufgabe ist %1 Punkte wert, in GradeDesk %2; die Punkte werden so gesendet, wie GradeDesk sie vergibt.</translation>
    </message>
    <message>
        <source>Send the grades of ASSIGNMENT to the Canvas assignment of the same name (created with the assignment's points when missing), then read every grade back. Only grades that differ from Canvas are sent, so running it again retries exactly the ones that failed.</source>
        <translation>Die Noten von ASSIGNMENT an die gleichnamige Canvas-Aufgabe senden (falls sie fehlt, wird sie mit den Punkten der Aufgabe angelegt) und danach jede Note zurücklesen. Gesendet werden nur Noten, die von Canvas abweichen; ein erneuter Aufruf wiederholt daher genau die fehlgeschlagenen.</translation>
    </message>
    <message>
        <source>The GradeDesk assignment.</source>
        <translation>Die GradeDesk-Aufgabe.</translation>
    </message>
    <message>
        <source>Show Canvas' and GradeDesk's scores and what would change; send nothing.</source>
        <translation>Die Punkte in Canvas und in GradeDesk sowie die anstehenden Änderungen anzeigen; nichts senden.</translation>
    </message>
    <message>
        <source>Add TEXT as a comment to every grade sent.</source>
        <translation>TEXT als Kommentar zu jeder gesendeten Note hinzufügen.</translation>
    </message>
    <message>
        <source>Publish the Canvas assignment if it is not (Canvas refuses grades for unpublished assignments).</source>
        <translation>Die Canvas-Aufgabe veröffentlichen, falls sie es noch nicht ist (Canvas lehnt Noten für unveröffentlichte Aufgaben ab).</translation>
    </message>
    <message>
        <source>Grades per Canvas update_grades call (default 500).</source>
        <translation>Noten pro Aufruf von update_grades in Canvas (Standard: 500).</translation>
    </message>
    <message>
        <source>canvas push: --batch-size needs a whole number of 1 or more</source>
        <translation>canvas push: --batch-size erfordert eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>GradeDesk</source>
        <translation>GradeDesk</translation>
    </message>
    <message>
        <source>%1 to send, %2 unchanged, %3 skipped. Dry run: nothing was sent to Canvas.</source>
        <translation>%1 zu senden, %2 unverändert, %3 übersprungen. Probelauf: Es wurde nichts an Canvas gesendet.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Canvas now</source>
        <translation>Canvas jetzt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Canvas reported: %1</source>
        <translation>Canvas meldet: %1</translation>
    </message>
    <message>
        <source>The push was not recorded in the audit log: %1</source>
        <translation>Die Übertragung wurde nicht im Prüfprotokoll erfasst: %1</translation>
    </message>
    <message>
        <source>%1 pushed, %2 unchanged, %3 failed, %4 skipped; %5 requests in %6 s.</source>
        <translation>%1 übertragen, %2 unverändert, %3 fehlgeschlagen, %4 übersprungen; %5 Anfragen in %6 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s) are not in Canvas (marked FAILED above, with the reason). Run the same push again to retry only those.</source>
        <translation>
            <numerusform>%n Note ist nicht in Canvas (oben mit FEHLGESCHLAGEN und dem Grund gekennzeichnet). Dieselbe Übertragung erneut ausführen, um nur diese erneut zu versuchen.</numerusform>
            <numerusform>%n Noten sind nicht in Canvas (oben mit FEHLGESCHLAGEN und dem Grund gekennzeichnet). Dieselbe Übertragung erneut ausführen, um nur diese erneut zu versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>canvas: missing command (test, roster or push)</source>
        <translation>canvas: Befehl fehlt (test, roster oder push)</translation>
    </message>
    <message>
        <source>canvas: unknown command '%1'</source>
        <translation>canvas: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Canvas access token</source>
        <translation>Canvas-Zugriffstoken</translation>
    </message>
    <message>
        <source>Usage: gradedesk-cli --course FILE canvas COMMAND [options]

Commands:
  test                      check the connection, the token and its permissions
  roster [--dry-run] [--map CANVAS_USER_ID=USERNAME ...]
                            import students and sections from Canvas
  push ASSIGNMENT [--dry-run] [--only-regraded] [--comment TEXT] [--publish] [--batch-size N]
                            send the assignment's grades to Canvas and verify them

The token comes from --token-file FILE, else GRADEDESK_CANVAS_TOKEN, else the keychain.
Run 'gradedesk-cli canvas COMMAND --help' for a command's options.
</source>
        <translation>Aufruf: gradedesk-cli --course FILE canvas COMMAND [Optionen]

Befehle:
  test                      Verbindung, Token und dessen Berechtigungen prüfen
  roster [--dry-run] [--map CANVAS_USER_ID=USERNAME ...]
                            Studierende und Abschnitte aus Canvas importieren
  push ASSIGNMENT [--dry-run] [--only-regraded] [--comment TEXT] [--publish] [--batch-size N]
                            die Noten der Aufgabe an Canvas senden und prüfen

Das Token stammt aus --token-file FILE, sonst aus GRADEDESK_CANVAS_TOKEN, sonst aus dem Schlüsselbund.
„gradedesk-cli canvas COMMAND --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Send only the grades that resolved regrades changed since their last push; skip everyone else.</source>
        <translation>Nur die Noten senden, die erledigte Neubewertungen seit ihrer letzten Übertragung geändert haben; alle anderen überspringen.</translation>
    </message>
    <message>
        <source>The regrade push marks were not cleared: %1</source>
        <translation>Die Übertragungsmarkierungen der Neubewertungen wurden nicht entfernt: %1</translation>
    </message>
</context>
<context>
    <name>CanvasConnectionTest</name>
    <message>
        <source>Signing in to Canvas</source>
        <translation>Anmeldung bei Canvas</translation>
    </message>
    <message>
        <source>There is no Canvas API at %1 (%2). Check the Canvas address in course.yaml: it is the address of your Canvas site, e.g. https://canvas.example.edu.</source>
        <translation>Unter %1 gibt es keine Canvas-API (%2). Die Canvas-Adresse in course.yaml prüfen: Es ist die Adresse der Canvas-Instanz, z. B. https://canvas.example.edu.</translation>
    </message>
    <message>
        <source>Opening the course</source>
        <translation>Kurs wird geöffnet</translation>
    </message>
    <message>
        <source>Canvas has no course %1 that this token can open. Check canvas.course_id in course.yaml (the number in the course's address, https://canvas.example.edu/courses/&lt;id&gt;) and that you teach or assist in that course.</source>
        <translation>Canvas hat keinen Kurs %1, den dieses Token öffnen kann. canvas.course_id in course.yaml prüfen (die Nummer in der Adresse des Kurses, https://canvas.example.edu/courses/&lt;id&gt;) und ob Lehre oder Betreuung in diesem Kurs eingetragen ist.</translation>
    </message>
    <message>
        <source>Checking permissions</source>
        <translation>Berechtigungen werden geprüft</translation>
    </message>
    <message>
        <source>manage grades (needed to push grades)</source>
        <translation>Noten verwalten (zum Übertragen von Noten nötig)</translation>
    </message>
    <message>
        <source>see login ids (identity: login_id in course.yaml)</source>
        <translation>Login-IDs sehen (identity: login_id in course.yaml)</translation>
    </message>
    <message>
        <source>see SIS ids (identity: sis_id)</source>
        <translation>SIS-IDs sehen (identity: sis_id)</translation>
    </message>
    <message>
        <source>see e-mail addresses (identity: email)</source>
        <translation>E-Mail-Adressen sehen (identity: email)</translation>
    </message>
    <message>
        <source>This Canvas token may not: %1. Use a teacher's token, ask a Canvas administrator for these permissions, or choose another identity rule (canvas.identity in course.yaml).</source>
        <translation>Dieses Canvas-Token darf nicht: %1. Das Token einer Lehrkraft verwenden, eine Canvas-Administration um diese Berechtigungen bitten oder eine andere Identitätsregel wählen (canvas.identity in course.yaml).</translation>
    </message>
    <message>
        <source>Connected to Canvas as %1; course “%2”.</source>
        <translation>Mit Canvas verbunden als %1; Kurs „%2“.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>CanvasErrors</name>
    <message>
        <source>the token has expired</source>
        <translation>das Token ist abgelaufen</translation>
    </message>
    <message>
        <source>the token was revoked</source>
        <translation>das Token wurde widerrufen</translation>
    </message>
    <message>
        <source>no token was sent</source>
        <translation>es wurde kein Token gesendet</translation>
    </message>
    <message>
        <source>the token is not valid</source>
        <translation>das Token ist ungültig</translation>
    </message>
    <message>
        <source>Canvas did not accept the access token: %1. Create a new token in Canvas (Account, Settings, New access token) and store it in GradeDesk.</source>
        <translation>Canvas hat das Zugriffstoken nicht akzeptiert: %1. In Canvas ein neues Token erstellen (Konto, Einstellungen, Neues Zugriffstoken) und in GradeDesk speichern.</translation>
    </message>
    <message>
        <source>Your Canvas account is not allowed to do this in the course (Canvas says: %1). Ask a teacher of the course to give your role the permission, or use a teacher's token.</source>
        <translation>Das Canvas-Konto darf dies in diesem Kurs nicht (Canvas meldet: %1). Eine Lehrkraft des Kurses bitten, der eigenen Rolle die Berechtigung zu geben, oder das Token einer Lehrkraft verwenden.</translation>
    </message>
    <message>
        <source>Canvas does not know what GradeDesk asked for (%1). Check the Canvas course id in course.yaml and that the item still exists in Canvas.</source>
        <translation>Canvas kennt nicht, was GradeDesk angefragt hat (%1). Die Canvas-Kurs-ID in course.yaml prüfen und ob der Eintrag in Canvas noch existiert.</translation>
    </message>
    <message>
        <source>Canvas had an internal error (HTTP %1). Try again later; if it keeps happening, tell your Canvas administrators.</source>
        <translation>In Canvas ist ein interner Fehler aufgetreten (HTTP %1). Später erneut versuchen; falls der Fehler bestehen bleibt, die Canvas-Administration informieren.</translation>
    </message>
    <message>
        <source>Canvas sent GradeDesk to another address. Use the address of your Canvas site as it appears in the browser (https://...) in course.yaml.</source>
        <translation>Canvas hat GradeDesk an eine andere Adresse weitergeleitet. In course.yaml die Adresse der Canvas-Instanz so angeben, wie sie im Browser erscheint (https://...).</translation>
    </message>
    <message>
        <source>Canvas refused the request with HTTP %1%2. Check the values sent, or try again.</source>
        <translation>Canvas hat die Anfrage mit HTTP %1%2 abgelehnt. Die gesendeten Werte prüfen oder erneut versuchen.</translation>
    </message>
    <message>
        <source>Canvas at %1 cannot be reached (%2). Check the Canvas address in course.yaml and your network connection.</source>
        <translation>Canvas unter %1 ist nicht erreichbar (%2). Die Canvas-Adresse in course.yaml und die Netzwerkverbindung prüfen.</translation>
    </message>
    <message>
        <source>The secure connection to Canvas at %1 failed (%2). Check the address and your system's certificates.</source>
        <translation>Die sichere Verbindung zu Canvas unter %1 ist fehlgeschlagen (%2). Die Adresse und die Zertifikate des Systems prüfen.</translation>
    </message>
    <message>
        <source>The connection to Canvas at %1 broke off (%2). Check your network connection and try again.</source>
        <translation>Die Verbindung zu Canvas unter %1 wurde unterbrochen (%2). Die Netzwerkverbindung prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>Canvas at %1 did not answer in time. Check your network connection and try again.</source>
        <translation>Canvas unter %1 hat nicht rechtzeitig geantwortet. Die Netzwerkverbindung prüfen und erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Canvas kept asking GradeDesk to slow down (rate limit) and refused the request %n time(s). Wait a few minutes, close other tools that use your Canvas token, and try again.</source>
        <translation>
            <numerusform>Canvas hat GradeDesk wiederholt gebeten, langsamer zu werden (Ratenbegrenzung), und die Anfrage %n-mal abgelehnt. Einige Minuten warten, andere Werkzeuge schließen, die dasselbe Canvas-Token verwenden, und erneut versuchen.</numerusform>
            <numerusform>Canvas hat GradeDesk wiederholt gebeten, langsamer zu werden (Ratenbegrenzung), und die Anfrage %n-mal abgelehnt. Einige Minuten warten, andere Werkzeuge schließen, die dasselbe Canvas-Token verwenden, und erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>GradeDesk does not send your Canvas token over plain http to %1. Use the https:// address of your Canvas site in course.yaml.</source>
        <translation>GradeDesk sendet das Canvas-Token nicht über unverschlüsseltes http an %1. In course.yaml die https://-Adresse der Canvas-Instanz verwenden.</translation>
    </message>
    <message>
        <source>Canvas pointed GradeDesk to another server (%1) for the next page of a list. GradeDesk did not follow it, so your token stays with %2. Check the Canvas address in course.yaml.</source>
        <translation>Canvas hat GradeDesk für die nächste Seite einer Liste an einen anderen Server verwiesen (%1). GradeDesk ist dem nicht gefolgt, das Token bleibt also bei %2. Die Canvas-Adresse in course.yaml prüfen.</translation>
    </message>
    <message>
        <source>Canvas sent a reply GradeDesk does not understand. Check that the Canvas address in course.yaml is your Canvas site, and try again.</source>
        <translation>Canvas hat eine Antwort gesendet, die GradeDesk nicht versteht. Prüfen, ob die Canvas-Adresse in course.yaml die der Canvas-Instanz ist, und erneut versuchen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>There is no Canvas access token for %1. Create one in Canvas (Account, Settings, New access token) and store it in GradeDesk.</source>
        <translation>Es gibt kein Canvas-Zugriffstoken für %1. In Canvas eines erstellen (Konto, Einstellungen, Neues Zugriffstoken) und in GradeDesk speichern.</translation>
    </message>
</context>
<context>
    <name>CanvasGrades</name>
    <message>
        <source>no score in GradeDesk</source>
        <translation>keine Punkte in GradeDesk</translation>
    </message>
    <message>
        <source>the Canvas assignment is not graded; change its grading type in Canvas</source>
        <translation>die Canvas-Aufgabe wird nicht benotet; ihren Bewertungstyp in Canvas ändern</translation>
    </message>
    <message>
        <source>a pass/fail assignment takes only 0 or full points (%1); Canvas would clear this score</source>
        <translation>eine Bestanden/Nicht-bestanden-Aufgabe akzeptiert nur 0 oder die volle Punktzahl (%1); Canvas würde diese Punkte löschen</translation>
    </message>
    <message>
        <source>The gradebook has no assignment %1. Check the name (gradedesk-cli grades export lists them).</source>
        <translation>Das Notenbuch enthält keine Aufgabe %1. Den Namen prüfen (gradedesk-cli grades export listet sie auf).</translation>
    </message>
    <message>
        <source>dropped (inactive in the gradebook)</source>
        <translation>ausgeschieden (im Notenbuch inaktiv)</translation>
    </message>
    <message>
        <source>not linked to a Canvas user; import the Canvas roster first</source>
        <translation>nicht mit einem Canvas-Konto verknüpft; zuerst die Canvas-Teilnehmerliste importieren</translation>
    </message>
    <message>
        <source>the linked Canvas user id “%1” is not a Canvas id; import the Canvas roster to link the student again</source>
        <translation>die verknüpfte Canvas-Benutzer-ID „%1“ ist keine Canvas-ID; die Canvas-Teilnehmerliste importieren, um die Person erneut zu verknüpfen</translation>
    </message>
    <message>
        <source>no submission</source>
        <translation>keine Abgabe</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) still need manual grading</source>
        <translation>
            <numerusform>%n Antwort muss noch manuell bewertet werden</numerusform>
            <numerusform>%n Antworten müssen noch manuell bewertet werden</numerusform>
        </translation>
    </message>
    <message>
        <source>not graded yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>The gradebook has no assignment %1.</source>
        <translation>Das Notenbuch enthält keine Aufgabe %1.</translation>
    </message>
    <message>
        <source>Canvas does not report the post policy of “%1”: check in Canvas whether students see grades at once.</source>
        <translation>Canvas meldet die Bereitstellungsrichtlinie von „%1“ nicht: In Canvas prüfen, ob Studierende Noten sofort sehen.</translation>
    </message>
    <message>
        <source>“%1” posts grades manually: students see the pushed grades (and comments) only after you post them in Canvas.</source>
        <translation>„%1“ stellt Noten manuell bereit: Studierende sehen die übertragenen Noten (und Kommentare) erst, nachdem sie in Canvas bereitgestellt wurden.</translation>
    </message>
    <message>
        <source>“%1” posts grades automatically: students see each pushed grade at once.</source>
        <translation>„%1“ stellt Noten automatisch bereit: Studierende sehen jede übertragene Note sofort.</translation>
    </message>
    <message>
        <source>The Canvas assignment “%1” is not published, and Canvas refuses grades for unpublished assignments. Publish it in Canvas (Assignments, then the publish button next to it), or run the push again with --publish.</source>
        <translation>Die Canvas-Aufgabe „%1“ ist nicht veröffentlicht, und Canvas lehnt Noten für unveröffentlichte Aufgaben ab. Die Aufgabe in Canvas veröffentlichen (Aufgaben, dann die Schaltfläche zum Veröffentlichen daneben) oder die Übertragung mit --publish erneut ausführen.</translation>
    </message>
    <message>
        <source>not regraded</source>
        <translation>nicht neu bewertet</translation>
    </message>
</context>
<context>
    <name>CanvasIdentityMatcher</name>
    <message>
        <source>The Canvas mapping file %1 does not exist. Create it (CSV with the columns username and canvas_user) or fix canvas.mapping_file in course.yaml.</source>
        <translation>Die Canvas-Zuordnungsdatei %1 existiert nicht. Die Datei anlegen (CSV mit den Spalten username und canvas_user) oder canvas.mapping_file in course.yaml korrigieren.</translation>
    </message>
    <message>
        <source>The Canvas mapping file %1 could not be read. Check that it is a CSV file and that you may read it.</source>
        <translation>Die Canvas-Zuordnungsdatei %1 konnte nicht gelesen werden. Prüfen, ob es eine CSV-Datei ist und ob sie lesbar ist.</translation>
    </message>
    <message>
        <source>%1, row %2: %3 Fix the mapping file and try again.</source>
        <translation>%1, Zeile %2: %3 Die Zuordnungsdatei korrigieren und erneut versuchen.</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row with username and canvas_user.</source>
        <translation>Die Datei ist leer; sie benötigt eine Kopfzeile mit username und canvas_user.</translation>
    </message>
    <message>
        <source>The header row needs the columns username and canvas_user.</source>
        <translation>Die Kopfzeile benötigt die Spalten username und canvas_user.</translation>
    </message>
    <message>
        <source>Both username and canvas_user must be filled in.</source>
        <translation>username und canvas_user müssen beide ausgefüllt sein.</translation>
    </message>
    <message>
        <source>canvas_user %1 is listed again with another username (%2 and %3).</source>
        <translation>canvas_user %1 ist erneut mit einem anderen Benutzernamen aufgeführt (%2 und %3).</translation>
    </message>
    <message>
        <source>Canvas hides login ids from this token (TA tokens often cannot see them). Use a teacher's token, or another identity rule in course.yaml (email or mapping).</source>
        <translation>Canvas verbirgt Login-IDs vor diesem Token (Tokens von Tutor/innen sehen sie oft nicht). Das Token einer Lehrkraft verwenden oder eine andere Identitätsregel in course.yaml wählen (email oder mapping).</translation>
    </message>
    <message>
        <source>This Canvas user has no login id. Choose the username by hand, or add them to a mapping file.</source>
        <translation>Dieses Canvas-Konto hat keine Login-ID. Den Benutzernamen von Hand wählen oder das Konto in eine Zuordnungsdatei aufnehmen.</translation>
    </message>
    <message>
        <source>Canvas hides SIS ids from this token. Use a token with permission to read SIS data, or another identity rule in course.yaml.</source>
        <translation>Canvas verbirgt SIS-IDs vor diesem Token. Ein Token mit der Berechtigung zum Lesen von SIS-Daten verwenden oder eine andere Identitätsregel in course.yaml wählen.</translation>
    </message>
    <message>
        <source>This Canvas user has no SIS id. Choose the username by hand, or add them to a mapping file.</source>
        <translation>Dieses Canvas-Konto hat keine SIS-ID. Den Benutzernamen von Hand wählen oder das Konto in eine Zuordnungsdatei aufnehmen.</translation>
    </message>
    <message>
        <source>Canvas hides e-mail addresses from this token. Use a token with permission to see them, or another identity rule in course.yaml.</source>
        <translation>Canvas verbirgt E-Mail-Adressen vor diesem Token. Ein Token mit der Berechtigung, sie zu sehen, verwenden oder eine andere Identitätsregel in course.yaml wählen.</translation>
    </message>
    <message>
        <source>This Canvas user has no usable e-mail address. Choose the username by hand, or add them to a mapping file.</source>
        <translation>Dieses Canvas-Konto hat keine verwendbare E-Mail-Adresse. Den Benutzernamen von Hand wählen oder das Konto in eine Zuordnungsdatei aufnehmen.</translation>
    </message>
    <message>
        <source>This Canvas user (id %1) is not in the mapping file. Add a row with their username and canvas_user %1, or choose the username by hand.</source>
        <translation>Dieses Canvas-Konto (ID %1) steht nicht in der Zuordnungsdatei. Eine Zeile mit dem Benutzernamen und canvas_user %1 ergänzen oder den Benutzernamen von Hand wählen.</translation>
    </message>
    <message>
        <source>student folder</source>
        <translation>Studierendenordner</translation>
    </message>
    <message>
        <source>The username “%1” from Canvas cannot be used as a student folder name. Choose the username by hand, or add the student to a mapping file.</source>
        <translation>Der Benutzername „%1“ aus Canvas kann nicht als Name eines Studierendenordners verwendet werden. Den Benutzernamen von Hand wählen oder die Person in eine Zuordnungsdatei aufnehmen.</translation>
    </message>
    <message>
        <source>Several gradebook students were linked to this Canvas user earlier. Choose the right one.</source>
        <translation>Mehrere Studierende im Notenbuch wurden früher mit diesem Canvas-Konto verknüpft. Die richtige Person wählen.</translation>
    </message>
    <message>
        <source>Several gradebook students carry this Canvas user id. Choose the right one.</source>
        <translation>Mehrere Studierende im Notenbuch tragen diese Canvas-Benutzer-ID. Die richtige Person wählen.</translation>
    </message>
    <message>
        <source>The mapping file gives this Canvas user several usernames. Keep one row for them, or choose the username by hand.</source>
        <translation>Die Zuordnungsdatei weist diesem Canvas-Konto mehrere Benutzernamen zu. Nur eine Zeile dafür behalten oder den Benutzernamen von Hand wählen.</translation>
    </message>
    <message>
        <source>Several gradebook students have the username %1 (differing only in case). Choose the right one.</source>
        <translation>Mehrere Studierende im Notenbuch haben den Benutzernamen %1 (nur in Groß-/Kleinschreibung verschieden). Die richtige Person wählen.</translation>
    </message>
    <message>
        <source>The gradebook student %1 is already linked to another Canvas user (id %2). Choose who %1 is, or another username for this Canvas user.</source>
        <translation>Die Person %1 im Notenbuch ist bereits mit einem anderen Canvas-Konto verknüpft (ID %2). Festlegen, wer %1 ist, oder einen anderen Benutzernamen für dieses Canvas-Konto wählen.</translation>
    </message>
    <message numerus="yes">
        <source>%n Canvas user(s) give the username %1. Choose the username of each by hand.</source>
        <translation>
            <numerusform>%n Canvas-Konto ergibt den Benutzernamen %1. Den Benutzernamen jeweils von Hand wählen.</numerusform>
            <numerusform>%n Canvas-Konten ergeben den Benutzernamen %1. Den Benutzernamen jeweils von Hand wählen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasPush</name>
    <message>
        <source>Sending grades</source>
        <translation>Noten werden gesendet</translation>
    </message>
    <message>
        <source>the connection broke while the grade was being sent (%1)</source>
        <translation>die Verbindung wurde beim Senden der Note unterbrochen (%1)</translation>
    </message>
    <message>
        <source>Canvas refused the grades: %1</source>
        <translation>Canvas hat die Noten abgelehnt: %1</translation>
    </message>
    <message>
        <source>Canvas answered with something other than a Progress</source>
        <translation>Canvas hat nicht mit einem Progress-Objekt geantwortet</translation>
    </message>
    <message>
        <source>Canvas did not say how to follow the grading job</source>
        <translation>Canvas hat nicht angegeben, wie der Benotungsauftrag verfolgt werden kann</translation>
    </message>
    <message>
        <source>the grading job was cancelled in Canvas</source>
        <translation>der Benotungsauftrag wurde in Canvas abgebrochen</translation>
    </message>
    <message>
        <source>Canvas did not finish the grading job in time (it may still finish later)</source>
        <translation>Canvas hat den Benotungsauftrag nicht rechtzeitig abgeschlossen (möglicherweise wird er später noch abgeschlossen)</translation>
    </message>
    <message>
        <source>GradeDesk could not follow Canvas' grading job (%1)</source>
        <translation>GradeDesk konnte den Benotungsauftrag von Canvas nicht verfolgen (%1)</translation>
    </message>
    <message>
        <source>Canvas' grading job failed (%1)</source>
        <translation>Der Benotungsauftrag von Canvas ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Canvas could not find this student in the course (dropped or concluded in Canvas?)</source>
        <translation>Canvas konnte diese Person im Kurs nicht finden (in Canvas ausgeschieden oder abgeschlossen?)</translation>
    </message>
    <message>
        <source>Checking the grades in Canvas</source>
        <translation>Noten in Canvas werden geprüft</translation>
    </message>
    <message>
        <source>not part of this retry</source>
        <translation>nicht Teil dieses erneuten Versuchs</translation>
    </message>
    <message>
        <source>could not be checked in Canvas (%1); push again to verify</source>
        <translation>konnte in Canvas nicht geprüft werden (%1); zum Prüfen erneut übertragen</translation>
    </message>
    <message>
        <source>Canvas lists no submission for this student (not in the course any more?)</source>
        <translation>Canvas führt keine Abgabe für diese Person (nicht mehr im Kurs?)</translation>
    </message>
    <message>
        <source>Canvas shows %1 instead of %2 after the push</source>
        <translation>Canvas zeigt nach der Übertragung %1 statt %2</translation>
    </message>
    <message>
        <source>no grade</source>
        <translation>keine Note</translation>
    </message>
    <message>
        <source>cancelled before the grade was checked in Canvas</source>
        <translation>abgebrochen, bevor die Note in Canvas geprüft wurde</translation>
    </message>
</context>
<context>
    <name>CanvasRegradePlan</name>
    <message>
        <source>written by %1, not by the student</source>
        <translation>von %1 verfasst, nicht von der/dem Studierenden</translation>
    </message>
    <message>
        <source>Canvas user %1</source>
        <translation>Canvas-Konto %1</translation>
    </message>
    <message>
        <source>Canvas user %1 is not linked to a gradebook student; import the Canvas roster first</source>
        <translation>Canvas-Konto %1 ist mit keiner Person im Notenbuch verknüpft; zuerst die Canvas-Teilnehmerliste importieren</translation>
    </message>
    <message>
        <source>Canvas user %1 is linked to several students (%2); fix the links with canvas roster --map</source>
        <translation>Canvas-Konto %1 ist mit mehreren Studierenden verknüpft (%2); die Verknüpfungen mit canvas roster --map korrigieren</translation>
    </message>
    <message>
        <source>imported before</source>
        <translation>bereits früher importiert</translation>
    </message>
    <message>
        <source>no message after the keyword</source>
        <translation>keine Nachricht nach dem Stichwort</translation>
    </message>
</context>
<context>
    <name>CanvasRosterFetch</name>
    <message>
        <source>Reading the roster</source>
        <translation>Teilnehmerliste wird gelesen</translation>
    </message>
    <message>
        <source>Reading sections</source>
        <translation>Abschnitte werden gelesen</translation>
    </message>
    <message>
        <source>Reading e-mail addresses</source>
        <translation>E-Mail-Adressen werden gelesen</translation>
    </message>
</context>
<context>
    <name>CanvasRosterPlan</name>
    <message>
        <source>Canvas user %1 is not a student of this roster.</source>
        <translation>Das Canvas-Konto %1 gehört nicht zu den Studierenden dieser Teilnehmerliste.</translation>
    </message>
    <message>
        <source>Left out of this import by the reviewer.</source>
        <translation>Von der prüfenden Person aus diesem Import ausgenommen.</translation>
    </message>
    <message>
        <source>student folder</source>
        <translation>Studierendenordner</translation>
    </message>
    <message>
        <source>The username %1 already belongs to Canvas user %2 (%3). Choose another username, or change that student first.</source>
        <translation>Der Benutzername %1 gehört bereits zum Canvas-Konto %2 (%3). Einen anderen Benutzernamen wählen oder zuerst die betreffende Person ändern.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>%1: missing argument</source>
        <translation>%1: Argument fehlt</translation>
    </message>
    <message>
        <source>%1: unexpected argument '%2'</source>
        <translation>%1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <source>--course needs a file</source>
        <translation>--course erfordert eine Datei</translation>
    </message>
    <message>
        <source>unknown option '%1'</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>Befehl fehlt</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Usage: gradedesk-cli [--course FILE] COMMAND [options]

Commands:
  demo DIR [--students N] [--seed S]   generate a demo course with DIR/course.yaml
  init DIR                             write course.yaml for an existing nbgrader course
  collect [ASSIGNMENT]                 collect submissions into the gradebook (needs --course)
  grades export [--assignment A] [--per-question]
                                       write grades as CSV to stdout (needs --course)
  notebook inspect FILE [--json]       show a notebook's cells, nbgrader metadata and checksums
  rubric export ASSIGNMENT NOTEBOOK:GRADE_ID [--out FILE]
                                       write a question's rubric as YAML (needs --course)
  rubric import ASSIGNMENT NOTEBOOK:GRADE_ID FILE
                                       add a YAML rubric's items to a question (needs --course)
  feedback ASSIGNMENT [--out DIR]      write per-student feedback HTML (needs --course)
  canvas test                          check the Canvas connection (needs --course)
  canvas roster [--dry-run]            import the Canvas roster (needs --course)
  canvas push ASSIGNMENT [--dry-run]   push grades to Canvas and verify them (needs --course)
  exchange test|courses|students|release|collect|feedback ...
                                       work with an ngshare exchange (needs --course)
  autograde ASSIGNMENT [--executor local|kubernetes] [--jobs N] [--student ID]...
            [--dry-run] [--yes]        run and score every submission (needs --course)
  gradebook migrate --to URL           copy the gradebook to PostgreSQL and verify it (needs --course)
  grade ASSIGNMENT --actions FILE      apply grading actions (JSON lines, - for stdin) (needs --course)
  regrade list|add|import-csv|import-canvas|resolve ...
                                       regrade requests (needs --course)

Global options:
  --course FILE   the course.yaml to work on
  -h, --help      show this help, or a command's help after the command
  -v, --version   show the version

Exit status: 0 on success, 1 on failure, 2 on bad usage.
</source>
        <translation>Aufruf: gradedesk-cli [--course FILE] COMMAND [Optionen]

Befehle:
  demo DIR [--students N] [--seed S]   einen Demokurs mit DIR/course.yaml erzeugen
  init DIR                             course.yaml für einen vorhandenen nbgrader-Kurs schreiben
  collect [ASSIGNMENT]                 Abgaben ins Notenbuch einsammeln (erfordert --course)
  grades export [--assignment A] [--per-question]
                                       Noten als CSV auf stdout ausgeben (erfordert --course)
  notebook inspect FILE [--json]       Zellen, nbgrader-Metadaten und Prüfsummen eines Notebooks anzeigen
  rubric export ASSIGNMENT NOTEBOOK:GRADE_ID [--out FILE]
                                       das Bewertungsschema einer Teilaufgabe als YAML schreiben (erfordert --course)
  rubric import ASSIGNMENT NOTEBOOK:GRADE_ID FILE
                                       die Kriterien eines YAML-Bewertungsschemas einer Teilaufgabe hinzufügen (erfordert --course)
  feedback ASSIGNMENT [--out DIR]      HTML-Feedback für jede Person schreiben (erfordert --course)
  canvas test                          die Canvas-Verbindung prüfen (erfordert --course)
  canvas roster [--dry-run]            die Canvas-Teilnehmerliste importieren (erfordert --course)
  canvas push ASSIGNMENT [--dry-run]   Noten an Canvas übertragen und prüfen (erfordert --course)
  exchange test|courses|students|release|collect|feedback ...
                                       mit einem ngshare-Exchange arbeiten (erfordert --course)
  autograde ASSIGNMENT [--executor local|kubernetes] [--jobs N] [--student ID]...
            [--dry-run] [--yes]        jede Abgabe ausführen und automatisch bewerten (erfordert --course)
  gradebook migrate --to URL           das Notenbuch nach PostgreSQL kopieren und prüfen (erfordert --course)
  grade ASSIGNMENT --actions FILE      Bewertungsaktionen anwenden (JSON-Zeilen, - für stdin) (erfordert --course)
  regrade list|add|import-csv|import-canvas|resolve ...
                                       Anträge auf Neubewertung (erfordert --course)

Globale Optionen:
  --course FILE   die zu bearbeitende course.yaml
  -h, --help      diese Hilfe anzeigen, nach einem Befehl dessen Hilfe
  -v, --version   die Version anzeigen

Exit-Status: 0 bei Erfolg, 1 bei Fehler, 2 bei falscher Verwendung.
</translation>
    </message>
</context>
<context>
    <name>CliIo</name>
    <message>
        <source>(see --help)</source>
        <translation>(siehe --help)</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>CliToken</name>
    <message>
        <source>The token file %1 could not be read: %2.</source>
        <translation>Die Token-Datei %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The token file %1 is empty. Put the %2 in it.</source>
        <translation>Die Token-Datei %1 ist leer. Das %2 darin speichern.</translation>
    </message>
    <message>
        <source>the keychain entry is empty</source>
        <translation>der Schlüsselbundeintrag ist leer</translation>
    </message>
</context>
<context>
    <name>CollectScanner</name>
    <message>
        <source>The autograded notebooks are older than the submission, so their scores were not used. Run autograding again.</source>
        <translation>Die automatisch bewerteten Notebooks sind älter als die Abgabe, daher wurden ihre Punkte nicht übernommen. Die automatische Bewertung erneut ausführen.</translation>
    </message>
    <message>
        <source>student folder</source>
        <translation>Studierendenordner</translation>
    </message>
    <message>
        <source>The notebook '%1' is missing from the submission.</source>
        <translation>Das Notebook „%1“ fehlt in der Abgabe.</translation>
    </message>
    <message>
        <source>The notebook '%1' is not part of the assignment and was ignored.</source>
        <translation>Das Notebook „%1“ gehört nicht zur Aufgabe und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The submission is older (%1) than the one in the gradebook (%2); the gradebook keeps the newer one.</source>
        <translation>Die Abgabe ist älter (%1) als die im Notenbuch (%2); das Notenbuch behält die neuere.</translation>
    </message>
    <message>
        <source>timestamp.txt does not hold a valid time; the file's modification time (%1 UTC) was used.</source>
        <translation>timestamp.txt enthält keine gültige Zeitangabe; stattdessen wurde die Änderungszeit der Datei (%1 UTC) verwendet.</translation>
    </message>
    <message>
        <source>timestamp.txt is missing; the notebooks' modification time (%1 UTC) was used.</source>
        <translation>timestamp.txt fehlt; stattdessen wurde die Änderungszeit der Notebooks (%1 UTC) verwendet.</translation>
    </message>
</context>
<context>
    <name>CourseCommands</name>
    <message>
        <source>Write DIR/course.yaml for an existing nbgrader course folder (source/, release/, submitted/, autograded/), and import its nbgrader gradebook.db when there is one.</source>
        <translation>DIR/course.yaml für einen vorhandenen nbgrader-Kursordner (source/, release/, submitted/, autograded/) schreiben und dessen nbgrader-gradebook.db importieren, falls vorhanden.</translation>
    </message>
    <message>
        <source>The nbgrader course folder.</source>
        <translation>Der nbgrader-Kursordner.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 already exists; GradeDesk never overwrites it. Edit it, or remove it first.</source>
        <translation>%1 existiert bereits; GradeDesk überschreibt diese Datei nie. Die Datei bearbeiten oder zuerst entfernen.</translation>
    </message>
    <message>
        <source>Imported nbgrader's gradebook.db.</source>
        <translation>gradebook.db von nbgrader importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 with %n assignment(s): %2</source>
        <translation>
            <numerusform>%1 mit %n Aufgabe geschrieben: %2</numerusform>
            <numerusform>%1 mit %n Aufgaben geschrieben: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect new or newer submissions from the course's exchange into its gradebook, with the scores of any autograded notebooks.</source>
        <translation>Neue oder neuere Abgaben aus dem Exchange des Kurses in sein Notenbuch einsammeln, zusammen mit den Punkten automatisch bewerteter Notebooks.</translation>
    </message>
    <message>
        <source>Collect only this assignment (default: all).</source>
        <translation>Nur diese Aufgabe einsammeln (Standard: alle).</translation>
    </message>
    <message>
        <source>Collecting</source>
        <translation>Einsammeln</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 rescored; %6 autograded notebooks scored</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 neu bewertet; %6 automatisch bewertete Notebooks ausgewertet</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) could not be collected (see the warnings above).</source>
        <translation>
            <numerusform>%n Abgabe konnte nicht eingesammelt werden (siehe Warnungen oben).</numerusform>
            <numerusform>%n Abgaben konnten nicht eingesammelt werden (siehe Warnungen oben).</numerusform>
        </translation>
    </message>
    <message>
        <source>grades: missing subcommand</source>
        <translation>grades: Unterbefehl fehlt</translation>
    </message>
    <message>
        <source>Usage: gradedesk-cli --course FILE grades export [--assignment A] [--per-question]
</source>
        <translation>Aufruf: gradedesk-cli --course FILE grades export [--assignment A] [--per-question]
</translation>
    </message>
    <message>
        <source>grades: unknown subcommand '%1'</source>
        <translation>grades: unbekannter Unterbefehl „%1“</translation>
    </message>
    <message>
        <source>Write grades as CSV to stdout, in nbgrader's export columns (one row per student and assignment).</source>
        <translation>Noten als CSV auf stdout ausgeben, mit den Exportspalten von nbgrader (eine Zeile pro Person und Aufgabe).</translation>
    </message>
    <message>
        <source>Only this assignment.</source>
        <translation>Nur diese Aufgabe.</translation>
    </message>
    <message>
        <source>Add one column per question after max_score.</source>
        <translation>Nach max_score eine Spalte pro Teilaufgabe hinzufügen.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>CourseConfigLoader</name>
    <message>
        <source>The course file %1 does not exist. Check the path or create the course first.</source>
        <translation>Die Kursdatei %1 existiert nicht. Den Pfad prüfen oder zuerst den Kurs anlegen.</translation>
    </message>
    <message>
        <source>%1 is not a course file (it is a folder or larger than 1 MiB). Choose the course.yaml file of the course.</source>
        <translation>%1 ist keine Kursdatei (es ist ein Ordner oder größer als 1 MiB). Die course.yaml-Datei des Kurses auswählen.</translation>
    </message>
    <message>
        <source>The course file %1 could not be read: %2. Check its permissions.</source>
        <translation>Die Kursdatei %1 konnte nicht gelesen werden: %2. Die Zugriffsrechte prüfen.</translation>
    </message>
    <message>
        <source>The course file %1 could not be read: %2.</source>
        <translation>Die Kursdatei %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The course file %1 could not be saved: %2. The previous version is unchanged; check the folder's permissions and free space.</source>
        <translation>Die Kursdatei %1 konnte nicht gespeichert werden: %2. Die vorherige Version ist unverändert; Zugriffsrechte und freien Speicherplatz des Ordners prüfen.</translation>
    </message>
    <message>
        <source>The course file holds more than one YAML document (a line “---” starts the second one). Keep one document and open the course again.</source>
        <translation>Die Kursdatei enthält mehr als ein YAML-Dokument (eine Zeile „---“ beginnt das zweite). Nur ein Dokument behalten und den Kurs erneut öffnen.</translation>
    </message>
    <message>
        <source>The course file is not valid YAML: %1. Fix the text at this place (check indentation, colons and closing brackets) and open the course again.</source>
        <translation>Die Kursdatei ist kein gültiges YAML: %1. Den Text an dieser Stelle korrigieren (Einrückung, Doppelpunkte und schließende Klammern prüfen) und den Kurs erneut öffnen.</translation>
    </message>
    <message>
        <source>“%1” must be %2, but it is %3. Correct the value and open the course again.</source>
        <translation>„%1“ muss %2 sein, ist aber %3. Den Wert korrigieren und den Kurs erneut öffnen.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text. Save it as UTF-8 and open the course again.</source>
        <translation>Die Datei ist kein gültiger UTF-8-Text. Die Datei als UTF-8 speichern und den Kurs erneut öffnen.</translation>
    </message>
    <message>
        <source>The key “%1” looks like a secret (a token, password or key). Secrets must not be kept in the course file, where everyone with access to the course folder can read them. Remove the key: GradeDesk asks for the secret when it needs it and keeps it in the system keychain (GNOME Keyring, KWallet).</source>
        <translation>Der Schlüssel „%1“ sieht nach Zugangsdaten aus (Token, Passwort oder Schlüssel). Zugangsdaten gehören nicht in die Kursdatei, denn dort kann sie jede Person mit Zugriff auf den Kursordner lesen. Den Schlüssel entfernen: GradeDesk fragt bei Bedarf nach den Zugangsdaten und speichert sie im Schlüsselbund des Systems (GNOME Keyring, KWallet).</translation>
    </message>
    <message>
        <source>the course file</source>
        <translation>der Kursdatei</translation>
    </message>
    <message>
        <source>a mapping of keys to values</source>
        <translation>eine Zuordnung von Schlüsseln zu Werten</translation>
    </message>
    <message>
        <source>Keys in %1 must be plain names, not lists or mappings. Correct the key and open the course again.</source>
        <translation>Schlüssel in %1 müssen einfache Namen sein, keine Listen oder Zuordnungen. Den Schlüssel korrigieren und den Kurs erneut öffnen.</translation>
    </message>
    <message>
        <source>“%1” is set twice (first on line %2). Remove one of them and open the course again.</source>
        <translation>„%1“ ist doppelt angegeben (zuerst in Zeile %2). Einen der beiden Einträge entfernen und den Kurs erneut öffnen.</translation>
    </message>
    <message>
        <source>Unknown key “%1” is ignored. Check its spelling and indentation.</source>
        <translation>Der unbekannte Schlüssel „%1“ wird ignoriert. Schreibweise und Einrückung prüfen.</translation>
    </message>
    <message>
        <source>“%1” is missing. Add it and open the course again.</source>
        <translation>„%1“ fehlt. Den Eintrag ergänzen und den Kurs erneut öffnen.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>non-empty text</source>
        <translation>nicht leerer Text</translation>
    </message>
    <message>
        <source>a %1 usable as a file name (no “/” or “\”, no leading dot)</source>
        <translation>ein %1, der als Dateiname verwendbar ist (kein „/“ oder „\“, kein Punkt am Anfang)</translation>
    </message>
    <message>
        <source>a number of 0 or more</source>
        <translation>eine Zahl größer oder gleich 0</translation>
    </message>
    <message>
        <source>a port number between 1 and 65535</source>
        <translation>eine Portnummer zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>a web address starting with https://</source>
        <translation>eine Webadresse, die mit https:// beginnt</translation>
    </message>
    <message>
        <source>The address in “%1” contains a password. Secrets must not be kept in the course file: remove the user name and password from the address. GradeDesk asks for the secret when it needs it and keeps it in the system keychain.</source>
        <translation>Die Adresse in „%1“ enthält ein Passwort. Zugangsdaten gehören nicht in die Kursdatei: Benutzername und Passwort aus der Adresse entfernen. GradeDesk fragt bei Bedarf nach den Zugangsdaten und speichert sie im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>“%1” uses plain http, so sign-in tokens would travel unencrypted. Use https unless this is a test server.</source>
        <translation>„%1“ verwendet einfaches http, Anmelde-Token würden also unverschlüsselt übertragen. https verwenden, sofern es sich nicht um einen Testserver handelt.</translation>
    </message>
    <message>
        <source>a date and time such as 2026-01-15T17:00:00Z</source>
        <translation>ein Datum mit Uhrzeit wie 2026-01-15T17:00:00Z</translation>
    </message>
    <message>
        <source>The due date “%1” has no time zone and is read as UTC. Add “Z” or an offset such as +01:00 to make this explicit.</source>
        <translation>Der Abgabetermin „%1“ hat keine Zeitzone und wird als UTC gelesen. „Z“ oder einen Versatz wie +01:00 ergänzen, um dies eindeutig anzugeben.</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>“%1” has no effect with type %2 and is ignored.</source>
        <translation>„%1“ hat beim Typ %2 keine Wirkung und wird ignoriert.</translation>
    </message>
    <message>
        <source>a whole number such as 1</source>
        <translation>eine ganze Zahl wie 1</translation>
    </message>
    <message>
        <source>The course file has format version %1, but this GradeDesk reads version %2 at most. Update GradeDesk to open this course.</source>
        <translation>Die Kursdatei hat die Formatversion %1, diese Version von GradeDesk liest jedoch höchstens Version %2. GradeDesk aktualisieren, um diesen Kurs zu öffnen.</translation>
    </message>
    <message>
        <source>'course.id' is missing. Add a line such as 'course: {id: demo101, title: "Data Analysis 101"}' and open the course again.</source>
        <translation>„course.id“ fehlt. Eine Zeile wie „course: {id: demo101, title: "Data Analysis 101"}“ ergänzen und den Kurs erneut öffnen.</translation>
    </message>
    <message>
        <source>a path starting with “/”, such as /services/ngshare</source>
        <translation>ein Pfad, der mit „/“ beginnt, etwa /services/ngshare</translation>
    </message>
    <message>
        <source>“%1.points” is missing: a %2 penalty needs the points to deduct. Add it and open the course again.</source>
        <translation>„%1.points“ fehlt: Ein Abzug vom Typ %2 benötigt die abzuziehenden Punkte. Den Eintrag ergänzen und den Kurs erneut öffnen.</translation>
    </message>
    <message>
        <source>a list of notebook names such as [problem1, problem2]</source>
        <translation>eine Liste von Notebook-Namen wie [problem1, problem2]</translation>
    </message>
    <message>
        <source>notebook name</source>
        <translation>Notebook-Name</translation>
    </message>
    <message>
        <source>a list of different notebook names</source>
        <translation>eine Liste unterschiedlicher Notebook-Namen</translation>
    </message>
    <message>
        <source>a list of assignments, each starting with “- name:”</source>
        <translation>eine Liste von Aufgaben, die jeweils mit „- name:“ beginnen</translation>
    </message>
    <message>
        <source>assignment name</source>
        <translation>Aufgabenname</translation>
    </message>
    <message>
        <source>a name no other assignment has</source>
        <translation>ein Name, den keine andere Aufgabe hat</translation>
    </message>
    <message>
        <source>“canvas.mapping_file” is missing: “identity: mapping” needs a CSV file with the columns username and canvas_user. Add it, or choose another identity rule (login_id, sis_id or email), and open the course again.</source>
        <translation>„canvas.mapping_file“ fehlt: „identity: mapping“ benötigt eine CSV-Datei mit den Spalten username und canvas_user. Den Eintrag ergänzen oder eine andere Identitätsregel wählen (login_id, sis_id oder email) und den Kurs erneut öffnen.</translation>
    </message>
    <message>
        <source>“canvas.mapping_file” has no effect with identity %1 and is ignored; it is read only with “identity: mapping”.</source>
        <translation>„canvas.mapping_file“ hat bei identity %1 keine Wirkung und wird ignoriert; der Eintrag wird nur bei „identity: mapping“ gelesen.</translation>
    </message>
    <message>
        <source>a whole number of %1 or more</source>
        <translation>eine ganze Zahl ab %1</translation>
    </message>
    <message>
        <source>a memory size such as 2Gi or 512Mi</source>
        <translation>eine Speichergröße wie 2Gi oder 512Mi</translation>
    </message>
    <message>
        <source>a number of CPUs such as 1, 0.5 or 500m</source>
        <translation>eine CPU-Anzahl wie 1, 0.5 oder 500m</translation>
    </message>
    <message>
        <source>the name of a PersistentVolumeClaim (lowercase letters, digits, “-” and “.”)</source>
        <translation>der Name eines PersistentVolumeClaim (Kleinbuchstaben, Ziffern, „-“ und „.“)</translation>
    </message>
    <message>
        <source>an absolute folder in the grading container such as /data (not /, /work, /tmp or /etc/gradedesk)</source>
        <translation>ein absoluter Ordner im Bewertungscontainer wie /data (nicht /, /work, /tmp oder /etc/gradedesk)</translation>
    </message>
    <message>
        <source>“canvas.regrade_keyword” must be one word without spaces or colons, such as REGRADE. Fix it and open the course again.</source>
        <translation>„canvas.regrade_keyword“ muss ein einzelnes Wort ohne Leerzeichen oder Doppelpunkte sein, etwa REGRADE. Den Eintrag korrigieren und den Kurs erneut öffnen.</translation>
    </message>
</context>
<context>
    <name>CourseOpen</name>
    <message>
        <source>%1 needs --course FILE</source>
        <translation>%1 erfordert --course FILE</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>%1, line %2: %3. Save the file as comma-separated UTF-8 text and try again.</source>
        <translation>%1, Zeile %2: %3. Die Datei als kommagetrennten UTF-8-Text speichern und erneut versuchen.</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Generate a complete demo course in DIR: a data-analysis assignment with autograded and manual questions, and N students' submissions and autograded results. Open it with gradedesk --course DIR/course.yaml after gradedesk-cli --course DIR/course.yaml collect.</source>
        <translation>Einen vollständigen Demokurs in DIR erzeugen: eine Datenanalyse-Aufgabe mit automatisch und manuell bewerteten Teilaufgaben sowie Abgaben und automatischen Bewertungsergebnissen von N Studierenden. Nach gradedesk-cli --course DIR/course.yaml collect mit gradedesk --course DIR/course.yaml öffnen.</translation>
    </message>
    <message>
        <source>Number of students (default 40).</source>
        <translation>Anzahl der Studierenden (Standard: 40).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Startwert für den Zufallsgenerator (Standard: 1).</translation>
    </message>
    <message>
        <source>Autograded questions in the first assignment (default 7).</source>
        <translation>Automatisch bewertete Teilaufgaben in der ersten Aufgabe (Standard: 7).</translation>
    </message>
    <message>
        <source>Folder for the course: new, or empty.</source>
        <translation>Ordner für den Kurs: neu oder leer.</translation>
    </message>
    <message>
        <source>demo: --students must be a number from 1 to 100000</source>
        <translation>demo: --students muss eine Zahl von 1 bis 100000 sein</translation>
    </message>
    <message>
        <source>demo: --questions must be a number from 1 to 200</source>
        <translation>demo: --questions muss eine Zahl von 1 bis 200 sein</translation>
    </message>
    <message>
        <source>demo: --seed must be a non-negative number</source>
        <translation>demo: --seed muss eine nicht negative Zahl sein</translation>
    </message>
    <message>
        <source>Writing students</source>
        <translation>Studierende werden geschrieben</translation>
    </message>
    <message>
        <source>Wrote %1: %2 students, %3 submissions, %4 notebooks in %5 ms.</source>
        <translation>%1 geschrieben: %2 Studierende, %3 Abgaben, %4 Notebooks in %5 ms.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>No folder was given for the demo course. Name a new or empty folder.</source>
        <translation>Für den Demokurs wurde kein Ordner angegeben. Einen neuen oder leeren Ordner angeben.</translation>
    </message>
    <message>
        <source>The demo course needs between 1 and %1 students; %2 was asked for.</source>
        <translation>Der Demokurs benötigt zwischen 1 und %1 Studierende; angefordert wurden %2.</translation>
    </message>
    <message>
        <source>The demo course needs between 1 and %1 questions; %2 was asked for.</source>
        <translation>Der Demokurs benötigt zwischen 1 und %1 Teilaufgaben; angefordert wurden %2.</translation>
    </message>
    <message>
        <source>'%1' is a file, not a folder. Choose a new or empty folder for the demo course.</source>
        <translation>„%1“ ist eine Datei, kein Ordner. Einen neuen oder leeren Ordner für den Demokurs wählen.</translation>
    </message>
    <message>
        <source>The folder '%1' is not empty. The demo course is only written into a new or empty folder, so that no existing files are overwritten.</source>
        <translation>Der Ordner „%1“ ist nicht leer. Der Demokurs wird nur in einen neuen oder leeren Ordner geschrieben, damit keine vorhandenen Dateien überschrieben werden.</translation>
    </message>
    <message>
        <source>Could not create the folder '%1'. Check that the parent folder exists and is writable.</source>
        <translation>Der Ordner „%1“ konnte nicht erstellt werden. Prüfen, ob der übergeordnete Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Could not write '%1': %2. Check the free disk space and the folder's permissions.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2. Freien Speicherplatz und Zugriffsrechte des Ordners prüfen.</translation>
    </message>
    <message>
        <source>Could not create the folder '%1'. Check the folder's permissions.</source>
        <translation>Der Ordner „%1“ konnte nicht erstellt werden. Die Zugriffsrechte des Ordners prüfen.</translation>
    </message>
    <message>
        <source>Generating the demo course was cancelled; nothing was kept.</source>
        <translation>Das Erzeugen des Demokurses wurde abgebrochen; es wurde nichts behalten.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>A local course folder exchange cannot %1: students work from the course folder itself. Use an ngshare exchange (exchange type "ngshare" in course.yaml) for that.</source>
        <translation>Ein Exchange über einen lokalen Kursordner kann das nicht (%1): Studierende arbeiten direkt im Kursordner. Dafür einen ngshare-Exchange verwenden (Exchange-Typ „ngshare“ in course.yaml).</translation>
    </message>
    <message>
        <source>release assignments</source>
        <translation>Aufgaben freigeben</translation>
    </message>
    <message>
        <source>list students</source>
        <translation>Studierende auflisten</translation>
    </message>
    <message>
        <source>add students</source>
        <translation>Studierende hinzufügen</translation>
    </message>
    <message>
        <source>remove students</source>
        <translation>Studierende entfernen</translation>
    </message>
    <message>
        <source>release feedback</source>
        <translation>Feedback freigeben</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>Read the JupyterHub API token from FILE (keep it readable only by you).</source>
        <translation>Das JupyterHub-API-Token aus FILE lesen (die Datei nur für sich selbst lesbar halten).</translation>
    </message>
    <message>
        <source>%1 uses a local course folder as its exchange. For ngshare, set 'exchange: {type: ngshare, url: https://hub.example.edu, prefix: /services/ngshare}'.</source>
        <translation>%1 verwendet einen lokalen Kursordner als Exchange. Für ngshare „exchange: {type: ngshare, url: https://hub.example.edu, prefix: /services/ngshare}“ setzen.</translation>
    </message>
    <message>
        <source>No hub token: create one on the hub's token page (/hub/token), then pass --token-file FILE, set GRADEDESK_NGSHARE_TOKEN, or store it in the keychain from the GradeDesk app (%1).</source>
        <translation>Kein Hub-Token: Auf der Token-Seite des Hubs (/hub/token) eines erstellen, dann --token-file FILE angeben, GRADEDESK_NGSHARE_TOKEN setzen oder das Token in der GradeDesk-App im Schlüsselbund speichern (%1).</translation>
    </message>
    <message>
        <source>Check the hub address and ngshare prefix, TLS, the token, and that you teach the course on ngshare.</source>
        <translation>Hub-Adresse und ngshare-Präfix, TLS und das Token prüfen sowie, ob das eigene Konto den Kurs auf ngshare als Lehrkraft betreut.</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>ngshare</source>
        <translation>ngshare</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Statusprüfung</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>no answer (ngshare &lt; 0.6 or wrong prefix)</source>
        <translation>keine Antwort (ngshare &lt; 0.6 oder falsches Präfix)</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>Eigene Kurse</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>instructor</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <source>ngshare administrator</source>
        <translation>ngshare-Administration</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>List the ngshare courses you teach or take (every course for an ngshare administrator).</source>
        <translation>Die ngshare-Kurse auflisten, die man unterrichtet oder belegt (für eine ngshare-Administration alle Kurse).</translation>
    </message>
    <message>
        <source>Create the course of course.yaml (course.id) with the grader as its instructor. Only ngshare administrators may.</source>
        <translation>Den Kurs aus course.yaml (course.id) mit der Korrektorin/dem Korrektor als Lehrkraft anlegen. Nur für ngshare-Administration erlaubt.</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Created the ngshare course “%1”%2.</source>
        <translation>Der ngshare-Kurs „%1“ wurde angelegt%2.</translation>
    </message>
    <message>
        <source> with instructor %1</source>
        <translation> mit der Lehrkraft %1</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Auflisten</translation>
    </message>
    <message>
        <source>  (this course)</source>
        <translation>  (dieser Kurs)</translation>
    </message>
    <message>
        <source>List the course's students on ngshare. --add-from-gradebook shows the difference between the gradebook's roster and ngshare's, then adds the missing students and updates changed names (nobody is removed); --remove removes students by username.</source>
        <translation>Die Studierenden des Kurses auf ngshare auflisten. --add-from-gradebook zeigt den Unterschied zwischen der Teilnehmerliste des Notenbuchs und der von ngshare, fügt dann die fehlenden Studierenden hinzu und aktualisiert geänderte Namen (niemand wird entfernt); --remove entfernt Studierende anhand des Benutzernamens.</translation>
    </message>
    <message>
        <source>Add the gradebook's active students that ngshare lacks.</source>
        <translation>Die aktiven Studierenden des Notenbuchs hinzufügen, die auf ngshare fehlen.</translation>
    </message>
    <message>
        <source>Only show what would change.</source>
        <translation>Nur anzeigen, was sich ändern würde.</translation>
    </message>
    <message>
        <source>Remove USER from the course (their submissions stay on ngshare).</source>
        <translation>USER aus dem Kurs entfernen (die Abgaben bleiben auf ngshare).</translation>
    </message>
    <message>
        <source>exchange students: --dry-run goes with --add-from-gradebook</source>
        <translation>exchange students: --dry-run ist nur zusammen mit --add-from-gradebook möglich</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed %1 (their submissions stay on ngshare).</source>
        <translation>%1 wurde entfernt (die Abgaben bleiben auf ngshare).</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) could not be removed.</source>
        <translation>
            <numerusform>%n Studierende/r konnte nicht entfernt werden.</numerusform>
            <numerusform>%n Studierende konnten nicht entfernt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studierende/r</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) on ngshare.</source>
        <translation>
            <numerusform>%n Studierende/r auf ngshare.</numerusform>
            <numerusform>%n Studierende auf ngshare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>On ngshare but not in the gradebook, left as they are: %1</source>
        <translation>Auf ngshare, aber nicht im Notenbuch, unverändert belassen: %1</translation>
    </message>
    <message>
        <source>Dropped in the gradebook but still on ngshare (remove them with --remove USER): %1</source>
        <translation>Im Notenbuch ausgetragen, aber noch auf ngshare (mit --remove USER entfernen): %1</translation>
    </message>
    <message>
        <source>%1 teaches the course on ngshare, so ngshare cannot enrol them as a student.</source>
        <translation>%1 unterrichtet den Kurs auf ngshare, daher kann ngshare diese Person nicht als Studierende/n einschreiben.</translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 unchanged.</source>
        <translation>%1 hinzuzufügen, %2 zu aktualisieren, %3 unverändert.</translation>
    </message>
    <message>
        <source>Dry run: ngshare was not changed.</source>
        <translation>Probelauf: ngshare wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Adding</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Applied to ngshare: %1 of %2 succeeded.</source>
        <translation>Auf ngshare angewendet: %1 von %2 erfolgreich.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) were refused by ngshare (see above).</source>
        <translation>
            <numerusform>%n Studierende/r wurde von ngshare abgelehnt (siehe oben).</numerusform>
            <numerusform>%n Studierende wurden von ngshare abgelehnt (siehe oben).</numerusform>
        </translation>
    </message>
    <message>
        <source>Release ASSIGNMENT on ngshare: release/ASSIGNMENT is generated from source/ASSIGNMENT as nbgrader does when it does not exist yet, then every file in it is uploaded. ngshare cannot update a released assignment; --replace removes and releases it again, and only while nobody has submitted it.</source>
        <translation>ASSIGNMENT auf ngshare freigeben: Falls release/ASSIGNMENT noch nicht existiert, wird es wie bei nbgrader aus source/ASSIGNMENT erzeugt; dann wird jede Datei darin hochgeladen. ngshare kann eine freigegebene Aufgabe nicht aktualisieren; --replace entfernt sie und gibt sie erneut frei, aber nur, solange noch niemand sie abgegeben hat.</translation>
    </message>
    <message>
        <source>The assignment.</source>
        <translation>Die Aufgabe.</translation>
    </message>
    <message>
        <source>Replace an earlier release that nobody has submitted yet.</source>
        <translation>Eine frühere Freigabe ersetzen, zu der noch niemand etwas abgegeben hat.</translation>
    </message>
    <message>
        <source>Using the existing %1 (delete it to generate it again from source/%2).</source>
        <translation>Das vorhandene %1 wird verwendet (löschen, um es neu aus source/%2 zu erzeugen).</translation>
    </message>
    <message>
        <source>Generated %1 from source/%2: %3.</source>
        <translation>%1 wurde aus source/%2 erzeugt: %3.</translation>
    </message>
    <message>
        <source>Releasing</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>To replace it, run the same command with --replace.</source>
        <translation>Zum Ersetzen denselben Befehl mit --replace ausführen.</translation>
    </message>
    <message numerus="yes">
        <source>Released “%1” on ngshare%2: %n file(s), %3 KiB.</source>
        <translation>
            <numerusform>„%1“ wurde auf ngshare freigegeben%2: %n Datei, %3 KiB.</numerusform>
            <numerusform>„%1“ wurde auf ngshare freigegeben%2: %n Dateien, %3 KiB.</numerusform>
        </translation>
    </message>
    <message>
        <source> (replacing the earlier release)</source>
        <translation> (ersetzt die frühere Freigabe)</translation>
    </message>
    <message>
        <source>Download the latest submission of every student of ASSIGNMENT from ngshare into submitted/ (every file's checksum verified, each submission written whole or not at all, those already there skipped), then import them into the gradebook.</source>
        <translation>Die neueste Abgabe aller Studierenden zu ASSIGNMENT von ngshare nach submitted/ herunterladen (Prüfsumme jeder Datei geprüft, jede Abgabe ganz oder gar nicht geschrieben, bereits vorhandene übersprungen) und dann ins Notenbuch importieren.</translation>
    </message>
    <message>
        <source>Downloads under way at once (default 6).</source>
        <translation>Gleichzeitig laufende Downloads (Standard: 6).</translation>
    </message>
    <message>
        <source>exchange collect: --concurrency needs a whole number from 1 to 32</source>
        <translation>exchange collect: --concurrency erwartet eine ganze Zahl von 1 bis 32</translation>
    </message>
    <message>
        <source>Collecting</source>
        <translation>Einsammeln</translation>
    </message>
    <message>
        <source>%1: %2 downloaded, %3 already here; %4 added, %5 updated, %6 unchanged in the gradebook; %7 autograded notebooks scored</source>
        <translation>%1: %2 heruntergeladen, %3 bereits vorhanden; %4 hinzugefügt, %5 aktualisiert, %6 unverändert im Notenbuch; %7 automatisch bewertete Notebooks mit Punkten versehen</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) could not be collected (see the warnings above); run the same command again to retry them.</source>
        <translation>
            <numerusform>%n Abgabe konnte nicht eingesammelt werden (siehe Warnungen oben); denselben Befehl erneut ausführen, um es noch einmal zu versuchen.</numerusform>
            <numerusform>%n Abgaben konnten nicht eingesammelt werden (siehe Warnungen oben); denselben Befehl erneut ausführen, um es noch einmal zu versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate each student's feedback pages for ASSIGNMENT into feedback/ (as 'gradedesk-cli feedback' does) and upload them to ngshare, each for the exact submission that was graded.</source>
        <translation>Die Feedback-Seiten aller Studierenden zu ASSIGNMENT in feedback/ erzeugen (wie „gradedesk-cli feedback“) und auf ngshare hochladen, jeweils für genau die Abgabe, die bewertet wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n feedback page(s) to %1</source>
        <translation>
            <numerusform>%n Feedback-Seite nach %1 geschrieben</numerusform>
            <numerusform>%n Feedback-Seiten nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Hochladen</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded the feedback of %n submission(s)</source>
        <translation>
            <numerusform>Feedback zu %n Abgabe hochgeladen</numerusform>
            <numerusform>Feedback zu %n Abgaben hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n page(s)).</source>
        <translation>
            <numerusform> (%n Seite).</numerusform>
            <numerusform> (%n Seiten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) got no feedback (see the warnings above).</source>
        <translation>
            <numerusform>%n Studierende/r hat kein Feedback erhalten (siehe Warnungen oben).</numerusform>
            <numerusform>%n Studierende haben kein Feedback erhalten (siehe Warnungen oben).</numerusform>
        </translation>
    </message>
    <message>
        <source>exchange: unknown command '%1'</source>
        <translation>exchange: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>JupyterHub API token</source>
        <translation>JupyterHub-API-Token</translation>
    </message>
    <message>
        <source>Usage: gradedesk-cli --course FILE exchange COMMAND [options]

Commands:
  test                              check the hub address, the token and your role in the course
  courses [--create]                list your ngshare courses (--create: create this one; admins)
  students [--add-from-gradebook [--dry-run]] [--remove USER ...]
                                    list the course's students, or change them
  instructors [--add USER ...] [--remove USER ...]
                                    list the course's instructors, or change them (admins)
  release ASSIGNMENT [--replace]    generate the student version if needed and release it
  collect ASSIGNMENT [--concurrency N]
                                    download the latest submissions and import them
  feedback ASSIGNMENT               generate the feedback pages and upload them

The hub token comes from --token-file FILE, else GRADEDESK_NGSHARE_TOKEN, else the keychain.
Run 'gradedesk-cli exchange COMMAND --help' for a command's options.
</source>
        <translation>Aufruf: gradedesk-cli --course FILE exchange COMMAND [Optionen]

Befehle:
  test                              Hub-Adresse, Token und die eigene Rolle im Kurs prüfen
  courses [--create]                die eigenen ngshare-Kurse auflisten (--create: diesen Kurs anlegen; Administration)
  students [--add-from-gradebook [--dry-run]] [--remove USER ...]
                                    die Studierenden des Kurses auflisten oder ändern
  instructors [--add USER ...] [--remove USER ...]
                                    die Lehrkräfte des Kurses auflisten oder ändern (Administration)
  release ASSIGNMENT [--replace]    bei Bedarf die Studierendenversion erzeugen und freigeben
  collect ASSIGNMENT [--concurrency N]
                                    die neuesten Abgaben herunterladen und importieren
  feedback ASSIGNMENT               die Feedback-Seiten erzeugen und hochladen

Das Hub-Token stammt aus --token-file FILE, sonst aus GRADEDESK_NGSHARE_TOKEN, sonst aus dem Schlüsselbund.
„gradedesk-cli exchange COMMAND --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>List the course's instructors on ngshare, after adding and removing the ones named. Only ngshare administrators may add or remove instructors; an administrator keeps access to every course, so removing yourself does not lock you out.</source>
        <translation>Die Lehrkräfte des Kurses auf ngshare auflisten, nachdem die genannten hinzugefügt und entfernt wurden. Nur ngshare-Administratorinnen und -Administratoren dürfen Lehrkräfte hinzufügen oder entfernen; die Administration behält Zugriff auf jeden Kurs, daher sperrt das Entfernen des eigenen Kontos nicht aus.</translation>
    </message>
    <message>
        <source>Make USER an instructor (a student of the course stops being one).</source>
        <translation>USER zur Lehrkraft machen (wer im Kurs studiert, ist danach nicht mehr Studierende/r).</translation>
    </message>
    <message>
        <source>Remove USER as an instructor (their submissions stay).</source>
        <translation>USER als Lehrkraft entfernen (die Abgaben bleiben erhalten).</translation>
    </message>
    <message>
        <source>not a hub username (no slashes, control characters or spaces at either end); nothing was sent.</source>
        <translation>kein Hub-Benutzername (keine Schrägstriche oder Steuerzeichen, keine Leerzeichen am Anfang oder Ende); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 already teaches the course: left as is.</source>
        <translation>%1 unterrichtet den Kurs bereits: unverändert gelassen.</translation>
    </message>
    <message>
        <source>Added %1 as an instructor.</source>
        <translation>%1 als Lehrkraft hinzugefügt.</translation>
    </message>
    <message>
        <source>not an instructor of the course on ngshare; nothing to remove.</source>
        <translation>keine Lehrkraft des Kurses auf ngshare; nichts zu entfernen.</translation>
    </message>
    <message>
        <source>Removed %1 as an instructor (their submissions stay on ngshare).</source>
        <translation>%1 als Lehrkraft entfernt (die Abgaben bleiben auf ngshare).</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Lehrkraft</translation>
    </message>
    <message numerus="yes">
        <source>%n instructor(s) on ngshare.</source>
        <translation><numerusform>%n Lehrkraft auf ngshare.</numerusform><numerusform>%n Lehrkräfte auf ngshare.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not made (see above).</source>
        <translation><numerusform>%n Änderung wurde nicht vorgenommen (siehe oben).</numerusform><numerusform>%n Änderungen wurden nicht vorgenommen (siehe oben).</numerusform></translation>
    </message>
    <message>
        <source>exchange: missing command (test, courses, students, instructors, release, collect or feedback)</source>
        <translation>exchange: Befehl fehlt (test, courses, students, instructors, release, collect oder feedback)</translation>
    </message>
</context>
<context>
    <name>FeedbackHtml</name>
    <message>
        <source>The assignment “%1” is not in the gradebook. Check its name, or collect its submissions first.</source>
        <translation>Die Aufgabe „%1“ ist nicht im Notenbuch enthalten. Den Namen prüfen oder zuerst ihre Abgaben einsammeln.</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>student</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Cannot create the feedback folder %1. Check that its parent folder is writable.</source>
        <translation>Der Feedback-Ordner %1 kann nicht erstellt werden. Prüfen, ob der übergeordnete Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot create the feedback folder %1. Check that the folder is writable.</source>
        <translation>Der Feedback-Ordner %1 kann nicht erstellt werden. Prüfen, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The notebook could not be read, so only the scores are shown (%1).</source>
        <translation>Das Notebook konnte nicht gelesen werden, daher werden nur die Punkte angezeigt (%1).</translation>
    </message>
    <message>
        <source>Cannot write the feedback file %1: %2. Check that the folder is writable and the disk is not full, then generate the feedback again.</source>
        <translation>Die Feedback-Datei %1 kann nicht geschrieben werden: %2. Prüfen, ob der Ordner beschreibbar und der Datenträger nicht voll ist, dann das Feedback erneut erzeugen.</translation>
    </message>
    <message>
        <source>The %1 name “%2” cannot be used as a file name, so no feedback was written. Rename it in the gradebook and generate the feedback again.</source>
        <translation>Der Name „%2“ (%1) kann nicht als Dateiname verwendet werden, daher wurde kein Feedback geschrieben. Den Namen im Notenbuch ändern und das Feedback erneut erzeugen.</translation>
    </message>
    <message>
        <source>not graded yet (%1 points)</source>
        <translation>noch nicht bewertet (%1 Punkte)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Test cell</source>
        <translation>Testzelle</translation>
    </message>
    <message>
        <source>Written response</source>
        <translation>Schriftliche Antwort</translation>
    </message>
    <message>
        <source>Coding free-response</source>
        <translation>Freie Programmieraufgabe</translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) not shown.</source>
        <translation>
            <numerusform>%n weitere Zeile nicht angezeigt.</numerusform>
            <numerusform>%n weitere Zeilen nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The traceback is not shown because it would reveal hidden tests.</source>
        <translation>Der Traceback wird nicht angezeigt, weil er versteckte Tests offenlegen würde.</translation>
    </message>
    <message>
        <source>An output of type “%1” is not shown.</source>
        <translation>Eine Ausgabe vom Typ „%1“ wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>An image that could not be read.</source>
        <translation>Ein Bild, das nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>Adjustment: %1</source>
        <translation>Punktekorrektur: %1</translation>
    </message>
    <message>
        <source>Adjustment: %1 (%2)</source>
        <translation>Punktekorrektur: %1 (%2)</translation>
    </message>
    <message>
        <source>Extra credit: %1</source>
        <translation>Zusatzpunkte: %1</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Punkte: %1</translation>
    </message>
    <message>
        <source>(Top)</source>
        <translation>(Nach oben)</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Abgegebene Antwort</translation>
    </message>
    <message>
        <source>Assignment %1: %2 / %3, late penalty %4, score %5 / %3</source>
        <translation>Aufgabe %1: %2 / %3, Verspätungsabzug %4, Punkte %5 / %3</translation>
    </message>
    <message>
        <source>Assignment %1: score %2 / %3</source>
        <translation>Aufgabe %1: Punkte %2 / %3</translation>
    </message>
    <message>
        <source>%1 (score: %2 / %3)</source>
        <translation>%1 (Punkte: %2 / %3)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Teilaufgabe</translation>
    </message>
    <message>
        <source>The cell of this question is not in the notebook.</source>
        <translation>Die Zelle dieser Teilaufgabe ist nicht im Notebook enthalten.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML language code of the feedback pages</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>Feedback: %1</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>abgegeben am %1</translation>
    </message>
</context>
<context>
    <name>GradeCommand</name>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <translation>kein gültiges JSON (%1 in Spalte %2)</translation>
    </message>
    <message>
        <source>an action must be a JSON object</source>
        <translation>eine Aktion muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>"op" must be one of apply, remove, score, comment, adjust, flag</source>
        <translation>„op“ muss apply, remove, score, comment, adjust oder flag sein</translation>
    </message>
    <message>
        <source>"%1" must be a non-empty string</source>
        <translation>„%1“ muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>"%1" must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>"%1" must be a number or null</source>
        <translation>„%1“ muss eine Zahl oder null sein</translation>
    </message>
    <message>
        <source>"value" must be true or false</source>
        <translation>„value“ muss true oder false sein</translation>
    </message>
    <message>
        <source>unknown key "%1" for op %2</source>
        <translation>unbekannter Schlüssel „%1“ für op %2</translation>
    </message>
    <message>
        <source>no graded question %1 (the questions are NOTEBOOK:GRADE_ID: %2)</source>
        <translation>keine bewertete Teilaufgabe %1 (die Teilaufgaben sind NOTEBOOK:GRADE_ID: %2)</translation>
    </message>
    <message>
        <source>student %1 has no answer to %2 (not submitted, or not collected yet)</source>
        <translation>%1 hat keine Antwort auf %2 (nicht abgegeben oder noch nicht eingesammelt)</translation>
    </message>
    <message>
        <source>the question has %1 rubric items titled "%2"; rename one</source>
        <translation>die Teilaufgabe hat %1 Kriterien mit dem Titel „%2“; eines umbenennen</translation>
    </message>
    <message>
        <source>the question has no rubric item titled "%1"</source>
        <translation>die Teilaufgabe hat kein Kriterium mit dem Titel „%1“</translation>
    </message>
    <message>
        <source>Apply grading actions to an assignment's answers, one JSON object per line, each saved as the app saves it (audited under the grader's name). After each action is saved, "saved N" (N = its line number) is printed. Actions:
  {"op":"apply"|"remove","student":"s1","question":"NOTEBOOK:GRADE_ID","item":"TITLE"}
  {"op":"score",...,"value":3.5|null}   {"op":"comment",...,"text":"..."}
  {"op":"adjust",...,"points":-1|null,"reason":"..."}   {"op":"flag",...,"value":true}</source>
        <translation>Bewertungsaktionen auf die Antworten einer Aufgabe anwenden, ein JSON-Objekt pro Zeile, jede so gespeichert, wie die App sie speichert (im Prüfprotokoll unter dem Namen der Bewertenden). Nach jeder gespeicherten Aktion wird „saved N“ (N = ihre Zeilennummer) ausgegeben. Aktionen:
  {"op":"apply"|"remove","student":"s1","question":"NOTEBOOK:GRADE_ID","item":"TITLE"}
  {"op":"score",...,"value":3.5|null}   {"op":"comment",...,"text":"..."}
  {"op":"adjust",...,"points":-1|null,"reason":"..."}   {"op":"flag",...,"value":true}</translation>
    </message>
    <message>
        <source>The assignment.</source>
        <translation>Die Aufgabe.</translation>
    </message>
    <message>
        <source>The JSON-lines file of actions; - reads standard input.</source>
        <translation>Die JSON-Lines-Datei mit den Aktionen; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Grade as NAME instead of the course's grader.</source>
        <translation>Als NAME statt als Korrektor/in des Kurses bewerten.</translation>
    </message>
    <message>
        <source>Report a failed action and go on with the next one (the exit code is still 1).</source>
        <translation>Eine fehlgeschlagene Aktion melden und mit der nächsten fortfahren (der Exit-Code ist trotzdem 1).</translation>
    </message>
    <message>
        <source>grade needs --actions FILE (or - for standard input)</source>
        <translation>grade benötigt --actions DATEI (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>grade: --grader must not be empty</source>
        <translation>grade: --grader darf nicht leer sein</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The assignment '%1' is not in the gradebook. Check its name, or collect it first.</source>
        <translation>Die Aufgabe „%1“ ist nicht im Notenbuch. Den Namen prüfen oder die Aufgabe zuerst einsammeln.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>länger als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::AnswerQueueModel</name>
    <message>
        <source>Anonymous student</source>
        <translation>Anonyme Person</translation>
    </message>
    <message>
        <source>Includes an adjustment of %1 points: %2</source>
        <translation>Enthält eine Punktekorrektur von %1 Punkten: %2</translation>
    </message>
    <message>
        <source>Regrade requested</source>
        <translation>Neubewertung beantragt</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Ungraded</source>
        <translation>Unbewertet</translation>
    </message>
    <message>
        <source>Needs manual grade</source>
        <translation>Manuelle Bewertung nötig</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Open by</source>
        <translation>Geöffnet von</translation>
    </message>
    <message>
        <source>%1 has this answer open</source>
        <translation>%1 hat diese Antwort geöffnet</translation>
    </message>
    <message>
        <source>%1 · open by %2</source>
        <translation>%1 · geöffnet von %2</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::AssignmentListModel</name>
    <message>
        <source>Due %1</source>
        <translation>Abgabe bis %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Abgabetermin</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2
%n submission(s)</source>
        <translation>
            <numerusform>%1
%2
%n Abgabe</numerusform>
            <numerusform>%1
%2
%n Abgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) manual grading</source>
        <translation>
            <numerusform>%n muss manuell bewertet werden</numerusform>
            <numerusform>%n müssen manuell bewertet werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Subm.</source>
        <translation>Abg.</translation>
    </message>
    <message>
        <source>To grade</source>
        <translation>Zu bewerten</translation>
    </message>
    <message>
        <source>Collected submissions</source>
        <translation>Eingesammelte Abgaben</translation>
    </message>
    <message>
        <source>Submissions with questions that need a manual grade</source>
        <translation>Abgaben mit Teilaufgaben, die manuell bewertet werden müssen</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::AuditHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::AutogradeChangeModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Manual score %1 overrides it</source>
        <translation>Manuelle Punkte %1 haben Vorrang</translation>
    </message>
    <message>
        <source>A manual grade overrides it</source>
        <translation>Eine manuelle Bewertung hat Vorrang</translation>
    </message>
    <message>
        <source>Now waits for a grader</source>
        <translation>Wartet jetzt auf manuelle Bewertung</translation>
    </message>
    <message>
        <source>First score</source>
        <translation>Erstmals bewertet</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::AutogradeSession</name>
    <message>
        <source>The course was closed.</source>
        <translation>Der Kurs wurde geschlossen.</translation>
    </message>
    <message>
        <source>An autograde run is still going on. Wait for it to finish or cancel it first.</source>
        <translation>Eine automatische Bewertung läuft noch. Warten, bis sie abgeschlossen ist, oder sie zuerst abbrechen.</translation>
    </message>
    <message>
        <source>Autograding is not available in this build of GradeDesk.</source>
        <translation>Automatisches Bewerten ist in diesem GradeDesk-Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 has no submissions to autograde. Collect the submissions first.</source>
        <translation>%1 hat keine Abgaben zum automatischen Bewerten. Zuerst die Abgaben einsammeln.</translation>
    </message>
    <message numerus="yes">
        <source>Started %1: %n submission(s) on the %2 executor, %3 at a time.</source>
        <translation>
            <numerusform>%1 gestartet: %n Abgabe mit der Ausführung %2, %3 gleichzeitig.</numerusform>
            <numerusform>%1 gestartet: %n Abgaben mit der Ausführung %2, %3 gleichzeitig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started %1: %n submission(s) on the %2 executor.</source>
        <translation>
            <numerusform>%1 gestartet: %n Abgabe mit der Ausführung %2.</numerusform>
            <numerusform>%1 gestartet: %n Abgaben mit der Ausführung %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n submission(s).</source>
        <translation>
            <numerusform>%n Abgabe wird erneut versucht.</numerusform>
            <numerusform>%n Abgaben werden erneut versucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: submissions still queued or running are stopped.</source>
        <translation>Abbruch: Abgaben, die noch warten oder laufen, werden gestoppt.</translation>
    </message>
    <message>
        <source>Score changes cannot be computed without an open course.</source>
        <translation>Ohne geöffneten Kurs können keine Punkteänderungen berechnet werden.</translation>
    </message>
    <message>
        <source>The run is still going on. Commit the scores once it has finished.</source>
        <translation>Der Lauf ist noch nicht abgeschlossen. Die Punkte übernehmen, sobald er beendet ist.</translation>
    </message>
    <message>
        <source>Scores cannot be committed without an open course.</source>
        <translation>Ohne geöffneten Kurs können keine Punkte übernommen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Committed %n auto score(s) of %1 to the gradebook.</source>
        <translation>
            <numerusform>%n automatischer Punktwert von %1 ins Notenbuch übernommen.</numerusform>
            <numerusform>%n automatische Punktwerte von %1 ins Notenbuch übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Finished: %1 graded, %2 failed, %3 timed out, %4 cancelled.</source>
        <translation>Abgeschlossen: %1 bewertet, %2 fehlgeschlagen, %3 mit Zeitüberschreitung, %4 abgebrochen.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::AutogradeTaskModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) for a grader</source>
        <translation>
            <numerusform>%n Zelle zur manuellen Bewertung</numerusform>
            <numerusform>%n Zellen zur manuellen Bewertung</numerusform>
        </translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::CanvasConnection</name>
    <message>
        <source>This course has no Canvas site. Add a line such as
canvas: {url: https://canvas.example.edu, course_id: "12345", identity: login_id}
to %1 (the course id is the number in the course's Canvas address), then open the course again.</source>
        <translation>Dieser Kurs hat keine Canvas-Anbindung. Eine Zeile wie
canvas: {url: https://canvas.example.edu, course_id: "12345", identity: login_id}
in %1 ergänzen (die Kurs-ID ist die Nummer in der Canvas-Adresse des Kurses) und den Kurs erneut öffnen.</translation>
    </message>
    <message>
        <source>course.yaml</source>
        <translation>course.yaml</translation>
    </message>
    <message>
        <source>The keychain holds an empty Canvas token for this course.</source>
        <translation>Der Schlüsselbund enthält ein leeres Canvas-Token für diesen Kurs.</translation>
    </message>
    <message>
        <source>The token is empty. Paste the access token you created in Canvas.</source>
        <translation>Das Token ist leer. Das in Canvas erstellte Zugriffstoken einfügen.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::CanvasIdentityModel</name>
    <message>
        <source>%1 hidden</source>
        <translation>%1 verborgen</translation>
    </message>
    <message>
        <source>%1 empty</source>
        <translation>%1 leer</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>SIS</source>
        <translation>SIS</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Ambiguous (%1)</source>
        <translation>Nicht eindeutig (%1)</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>skipped (not imported)</source>
        <translation>übersprungen (nicht importiert)</translation>
    </message>
    <message>
        <source>choose a username…</source>
        <translation>Benutzernamen wählen…</translation>
    </message>
    <message>
        <source>%1
Canvas user id %2</source>
        <translation>%1
Canvas-Benutzer-ID %2</translation>
    </message>
    <message>
        <source>The hub username of this Canvas student (F2 or double-click to change; empty to leave them out of this import).</source>
        <translation>Der Hub-Benutzername dieser Person aus Canvas (F2 oder Doppelklick zum Ändern; leer lassen, um sie von diesem Import auszunehmen).</translation>
    </message>
    <message>
        <source>Canvas student</source>
        <translation>Canvas-Studierende</translation>
    </message>
    <message>
        <source>Canvas identifiers</source>
        <translation>Canvas-Kennungen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Hub username</source>
        <translation>Hub-Benutzername</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::CanvasMemoryTokenStore</name>
    <message>
        <source>No Canvas token is stored for this course.</source>
        <translation>Für diesen Kurs ist kein Canvas-Token gespeichert.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::CanvasPushModel</name>
    <message>
        <source>pushed and verified</source>
        <translation>übertragen und geprüft</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>will change</source>
        <translation>wird geändert</translation>
    </message>
    <message>
        <source>new grade</source>
        <translation>neue Note</translation>
    </message>
    <message>
        <source>unchanged: Canvas has it</source>
        <translation>unverändert: Canvas hat sie bereits</translation>
    </message>
    <message>
        <source>%1
In Canvas before the push: %2
Sent: %3
Read back from Canvas: %4</source>
        <translation>%1
In Canvas vor der Übertragung: %2
Gesendet: %3
Aus Canvas zurückgelesen: %4</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Canvas (read back)</source>
        <translation>Canvas (zurückgelesen)</translation>
    </message>
    <message>
        <source>Canvas now</source>
        <translation>Canvas jetzt</translation>
    </message>
    <message>
        <source>GradeDesk</source>
        <translation>GradeDesk</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::CanvasRosterDiffModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No longer in Canvas: kept with all grades, marked inactive</source>
        <translation>Nicht mehr in Canvas: mit allen Noten behalten, als inaktiv markiert</translation>
    </message>
    <message>
        <source>Back in Canvas: active again</source>
        <translation>Wieder in Canvas: erneut aktiv</translation>
    </message>
    <message>
        <source>Sections: %1 → %2</source>
        <translation>Abschnitte: %1 → %2</translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation>Name: %1 → %2</translation>
    </message>
    <message>
        <source>E-mail: %1 → %2</source>
        <translation>E-Mail: %1 → %2</translation>
    </message>
    <message>
        <source>Linked to Canvas user %1</source>
        <translation>Mit Canvas-Konto %1 verknüpft</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>Rejoined</source>
        <translation>Wieder aufgenommen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::CanvasRosterReview</name>
    <message>
        <source>Fetch the roster from Canvas first.</source>
        <translation>Zuerst die Teilnehmerliste aus Canvas abrufen.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::ExchangeFeedbackModel</name>
    <message>
        <source>The assignment “%1” is not in the gradebook. Collect it first.</source>
        <translation>Die Aufgabe „%1“ ist nicht im Notenbuch. Zuerst einsammeln.</translation>
    </message>
    <message>
        <source>(no time)</source>
        <translation>(keine Zeitangabe)</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Submission (UTC)</source>
        <translation>Abgabe (UTC)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::ExchangeRosterModel</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Remove (not in gradebook)</source>
        <translation>Entfernen (nicht im Notenbuch)</translation>
    </message>
    <message>
        <source>Remove (dropped)</source>
        <translation>Entfernen (ausgeschieden)</translation>
    </message>
    <message>
        <source>Teaches the course</source>
        <translation>Lehrkraft des Kurses</translation>
    </message>
    <message>
        <source>ngshare refuses an instructor as a student</source>
        <translation>ngshare lässt keine Lehrkraft als Studierende zu</translation>
    </message>
    <message>
        <source>(not on ngshare)</source>
        <translation>(nicht auf ngshare)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Enrol this gradebook student on ngshare</source>
        <translation>Diese Person aus dem Notenbuch auf ngshare einschreiben</translation>
    </message>
    <message>
        <source>Send the gradebook's name and e-mail to ngshare</source>
        <translation>Name und E-Mail aus dem Notenbuch an ngshare senden</translation>
    </message>
    <message>
        <source>On ngshare but not in the gradebook. Check to remove (their submissions stay)</source>
        <translation>Auf ngshare, aber nicht im Notenbuch. Zum Entfernen ankreuzen (die Abgaben bleiben erhalten)</translation>
    </message>
    <message>
        <source>Dropped in the gradebook but still on ngshare. Check to remove (their submissions stay)</source>
        <translation>Im Notenbuch ausgetragen, aber noch auf ngshare. Zum Entfernen ankreuzen (die Abgaben bleiben erhalten)</translation>
    </message>
    <message>
        <source>Remove them from the gradebook roster, or ask an ngshare administrator</source>
        <translation>Die Person aus der Teilnehmerliste des Notenbuchs entfernen oder die ngshare-Administration fragen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>On ngshare now</source>
        <translation>Jetzt auf ngshare</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::GraderActivityModel</name>
    <message>
        <source>Grader</source>
        <translation>Bewertende</translation>
    </message>
    <message>
        <source>Answers graded</source>
        <translation>Bewertete Antworten</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <source>Answers on which the grader changed the score</source>
        <translation>Antworten, bei denen die Bewertenden die Punkte geändert haben</translation>
    </message>
    <message>
        <source>Every recorded change: scores, rubric items, comments, regrades</source>
        <translation>Jede aufgezeichnete Änderung: Punkte, Kriterien, Kommentare, Neubewertungen</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::GradingCommand</name>
    <message>
        <source>Another grader changed this answer after you; undoing or redoing now would overwrite their change.</source>
        <translation>Eine andere bewertende Person hat diese Antwort danach geändert; Rückgängig oder Wiederholen würde jetzt deren Änderung überschreiben.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::GradingSession</name>
    <message>
        <source>Opening the question failed</source>
        <translation>Öffnen der Teilaufgabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>The question is not part of assignment %1. Choose one from the list.</source>
        <translation>Die Teilaufgabe gehört nicht zur Aufgabe %1. Eine aus der Liste wählen.</translation>
    </message>
    <message>
        <source>Loading the answers failed</source>
        <translation>Laden der Antworten fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loading the scoring settings failed</source>
        <translation>Laden der Bewertungseinstellungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loading the released notebook failed</source>
        <translation>Laden des freigegebenen Notebooks fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the answer failed</source>
        <translation>Lesen der Antwort fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reloading the answers failed</source>
        <translation>Neuladen der Antworten fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reloading the questions failed</source>
        <translation>Neuladen der Teilaufgaben fehlgeschlagen</translation>
    </message>
    <message>
        <source>Opening the assignment failed</source>
        <translation>Öffnen der Aufgabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>The gradebook has no assignment %1. Collect or import it first.</source>
        <translation>Das Notenbuch enthält keine Aufgabe %1. Die Aufgabe zuerst einsammeln oder importieren.</translation>
    </message>
    <message>
        <source>Loading the questions failed</source>
        <translation>Laden der Teilaufgaben fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loading the students failed</source>
        <translation>Laden der Studierenden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Showing student names failed</source>
        <translation>Anzeigen der Namen der Studierenden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Showing the student's name failed</source>
        <translation>Anzeigen des Namens fehlgeschlagen</translation>
    </message>
    <message>
        <source>The rubric item no longer exists. Reload the rubric and try again.</source>
        <translation>Das Kriterium existiert nicht mehr. Das Bewertungsschema neu laden und erneut versuchen.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>Undo or redo failed; the view shows what is stored</source>
        <translation>Rückgängig oder Wiederholen fehlgeschlagen; die Ansicht zeigt den gespeicherten Stand</translation>
    </message>
    <message>
        <source>Loading the rubric failed</source>
        <translation>Laden des Bewertungsschemas fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not add the rubric item</source>
        <translation>Das Kriterium konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Add rubric item “%1”</source>
        <translation>Kriterium „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Apply “%1”</source>
        <translation>„%1“ anwenden</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>Punkte korrigieren</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
    <message>
        <source>Confirm grade</source>
        <translation>Bewertung bestätigen</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Zur Überprüfung markieren</translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Set score</source>
        <translation>Punkte festlegen</translation>
    </message>
    <message>
        <source>Set extra credit</source>
        <translation>Zusatzpunkte festlegen</translation>
    </message>
    <message>
        <source>Split from group</source>
        <translation>Aus der Gruppe lösen</translation>
    </message>
    <message>
        <source>Edit rubric item “%1”</source>
        <translation>Kriterium „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Counting the answers with the rubric item failed</source>
        <translation>Zählen der Antworten mit dem Kriterium fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delete rubric item “%1”</source>
        <translation>Kriterium „%1“ löschen</translation>
    </message>
    <message>
        <source>Move rubric item</source>
        <translation>Kriterium verschieben</translation>
    </message>
    <message>
        <source>Change scoring</source>
        <translation>Bewertungseinstellungen ändern</translation>
    </message>
    <message>
        <source>Reading the other question's rubric failed</source>
        <translation>Lesen des Bewertungsschemas der anderen Teilaufgabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import rubric</source>
        <translation>Bewertungsschema importieren</translation>
    </message>
    <message>
        <source>Importing the rubric failed</source>
        <translation>Import des Bewertungsschemas fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not read %1. Check that the file exists and is readable.</source>
        <translation>%1 konnte nicht gelesen werden. Prüfen, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>Import rubric from %1</source>
        <translation>Bewertungsschema aus %1 importieren</translation>
    </message>
    <message>
        <source>Exporting the rubric failed</source>
        <translation>Export des Bewertungsschemas fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists and is writable.</source>
        <translation>%1 konnte nicht geschrieben werden. Prüfen, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Marking the answer as open failed</source>
        <translation>Die Antwort konnte nicht als geöffnet gekennzeichnet werden</translation>
    </message>
    <message>
        <source>undoing “%1”</source>
        <translation>„%1“ rückgängig machen</translation>
    </message>
    <message>
        <source>redoing “%1”</source>
        <translation>„%1“ wiederholen</translation>
    </message>
    <message>
        <source>the answer as it was before “%1”</source>
        <translation>die Antwort, wie sie vor „%1“ war</translation>
    </message>
    <message>
        <source>the answer after “%1”</source>
        <translation>die Antwort nach „%1“</translation>
    </message>
    <message>
        <source>the point adjustment</source>
        <translation>die Punktekorrektur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no adjustment</source>
        <translation>keine Punktekorrektur</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>der Kommentar</translation>
    </message>
    <message>
        <source>no comment</source>
        <translation>kein Kommentar</translation>
    </message>
    <message>
        <source>the score</source>
        <translation>die Punkte</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>keine Punkte</translation>
    </message>
    <message>
        <source>the extra credit</source>
        <translation>die Zusatzpunkte</translation>
    </message>
    <message>
        <source>no extra credit</source>
        <translation>keine Zusatzpunkte</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 von %2 Punkten</translation>
    </message>
    <message>
        <source>Reading the other grader's change failed</source>
        <translation>Die Änderung der anderen bewertenden Person konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>, comment “%1”</source>
        <translation>, Kommentar „%1“</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::NgshareConnection</name>
    <message>
        <source>course.yaml</source>
        <translation>course.yaml</translation>
    </message>
    <message>
        <source>The ngshare exchange named in %1 could not be set up (see the message when the course opened). Check its url and prefix, then open the course again.</source>
        <translation>Der in %1 angegebene ngshare-Exchange konnte nicht eingerichtet werden (siehe die Meldung beim Öffnen des Kurses). url und prefix prüfen, dann den Kurs erneut öffnen.</translation>
    </message>
    <message>
        <source>This course uses its local course folder as the exchange, where students fetch and submit directly. To use ngshare, set
exchange: {type: ngshare, url: https://hub.example.edu, prefix: /services/ngshare}
in %1, then open the course again.</source>
        <translation>Dieser Kurs verwendet seinen lokalen Kursordner als Exchange, in dem Studierende direkt abrufen und abgeben. Für ngshare
exchange: {type: ngshare, url: https://hub.example.edu, prefix: /services/ngshare}
in %1 setzen, dann den Kurs erneut öffnen.</translation>
    </message>
    <message>
        <source>The keychain holds an empty hub token for this course.</source>
        <translation>Der Schlüsselbund enthält für diesen Kurs ein leeres Hub-Token.</translation>
    </message>
    <message>
        <source>The token is empty. Paste the API token you created on the hub's token page.</source>
        <translation>Das Token ist leer. Das API-Token einfügen, das auf der Token-Seite des Hubs erstellt wurde.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::QuestionListModel</name>
    <message>
        <source>Task in notebook %1</source>
        <translation>Task in Notebook %1</translation>
    </message>
    <message>
        <source>%1 cell in notebook %2</source>
        <translation>%1-Zelle in Notebook %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>%1 of %2 answers graded</source>
        <translation>%1 von %2 Antworten bewertet</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Teilaufgabe</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>To grade</source>
        <translation>Zu bewerten</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Regrades</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Graded answers / all answers</source>
        <translation>Bewertete Antworten / alle Antworten</translation>
    </message>
    <message>
        <source>Answers that still need a manual grade</source>
        <translation>Antworten, die noch manuell bewertet werden müssen</translation>
    </message>
    <message>
        <source>Open regrade requests</source>
        <translation>Offene Anträge auf Neubewertung</translation>
    </message>
    <message numerus="yes">
        <source>%n open regrade request(s)</source>
        <translation><numerusform>%n offener Antrag auf Neubewertung</numerusform><numerusform>%n offene Anträge auf Neubewertung</numerusform></translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::RegradeListModel</name>
    <message>
        <source>Unknown student</source>
        <translation>Unbekannte Person</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>Resolved: changed</source>
        <translation>Erledigt: geändert</translation>
    </message>
    <message>
        <source>Resolved: unchanged</source>
        <translation>Erledigt: unverändert</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Lehrende</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Canvas</translation>
    </message>
    <message>
        <source>Whole submission</source>
        <translation>Gesamte Abgabe</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Teilaufgabe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::RubricModel</name>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Rubric item</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verwendet</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::SubmissionTableModel</name>
    <message>
        <source>Submitted %1 h %2 min after the due date</source>
        <translation>%1 h %2 min nach dem Abgabetermin abgegeben</translation>
    </message>
    <message>
        <source>%1 of %2 questions graded</source>
        <translation>%1 von %2 Teilaufgaben bewertet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>To grade</source>
        <translation>Zu bewerten</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Questions that need a manual grade</source>
        <translation>Teilaufgaben, die manuell bewertet werden müssen</translation>
    </message>
    <message>
        <source>Late penalty in points</source>
        <translation>Verspätungsabzug in Punkten</translation>
    </message>
    <message>
        <source>Score before the late penalty</source>
        <translation>Punkte vor dem Verspätungsabzug</translation>
    </message>
    <message>
        <source>Needs grading</source>
        <translation>Bewertung ausstehend</translation>
    </message>
    <message>
        <source>Not autograded</source>
        <translation>Nicht automatisch bewertet</translation>
    </message>
    <message>
        <source>Partly graded</source>
        <translation>Teilweise bewertet</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Bewertet</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Services::Gradebook</name>
    <message>
        <source>The gradebook could not be opened. Check that the file or database server is reachable and that you may use it, then try again.</source>
        <translation>Das Notenbuch konnte nicht geöffnet werden. Prüfen, ob die Datei bzw. der Datenbankserver erreichbar ist und die nötigen Zugriffsrechte bestehen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>No gradebook file is set. Set gradebook.path in course.yaml.</source>
        <translation>Es ist keine Notenbuchdatei festgelegt. gradebook.path in course.yaml setzen.</translation>
    </message>
    <message>
        <source>The folder for the gradebook file %1 does not exist. Create it or correct gradebook.path in course.yaml.</source>
        <translation>Der Ordner für die Notenbuchdatei %1 existiert nicht. Den Ordner anlegen oder gradebook.path in course.yaml korrigieren.</translation>
    </message>
    <message>
        <source>The gradebook path %1 is not a file. Correct gradebook.path in course.yaml.</source>
        <translation>Der Notenbuchpfad %1 ist keine Datei. gradebook.path in course.yaml korrigieren.</translation>
    </message>
    <message>
        <source>The PostgreSQL gradebook needs host, database and user. Set them under gradebook in course.yaml.</source>
        <translation>Das PostgreSQL-Notenbuch benötigt host, database und user. Diese unter gradebook in course.yaml festlegen.</translation>
    </message>
    <message>
        <source>This kind of gradebook is not supported.</source>
        <translation>Diese Art von Notenbuch wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The gradebook has no such submission or question (it may have been removed). Reload the assignment and try again.</source>
        <translation>Das Notenbuch enthält diese Abgabe oder Teilaufgabe nicht (sie wurde möglicherweise entfernt). Die Aufgabe neu laden und erneut versuchen.</translation>
    </message>
    <message>
        <source>A submission needs a student id.</source>
        <translation>Eine Abgabe benötigt eine Studierenden-ID.</translation>
    </message>
    <message>
        <source>This question does not belong to the submitted notebook (the assignment may have changed). Reload the submission and try again.</source>
        <translation>Diese Teilaufgabe gehört nicht zum abgegebenen Notebook (die Aufgabe wurde möglicherweise geändert). Die Abgabe neu laden und erneut versuchen.</translation>
    </message>
    <message>
        <source>This cell is not graded, so it cannot get a score.</source>
        <translation>Diese Zelle wird nicht bewertet und kann daher keine Punkte erhalten.</translation>
    </message>
    <message>
        <source>The gradebook has no such submission (it may have been removed). Reload the assignment and try again.</source>
        <translation>Das Notenbuch enthält diese Abgabe nicht (sie wurde möglicherweise entfernt). Die Aufgabe neu laden und erneut versuchen.</translation>
    </message>
    <message>
        <source>No grader name is set, so the change cannot be recorded. Set grader in course.yaml.</source>
        <translation>Es ist kein Name für die bewertende Person festgelegt, daher kann die Änderung nicht protokolliert werden. grader in course.yaml setzen.</translation>
    </message>
    <message>
        <source>The gradebook has no such entry (it may have been removed). Reload the course and try again.</source>
        <translation>Das Notenbuch enthält diesen Eintrag nicht (er wurde möglicherweise entfernt). Den Kurs neu laden und erneut versuchen.</translation>
    </message>
    <message>
        <source>The course needs an id. Set course.id in course.yaml.</source>
        <translation>Der Kurs benötigt eine ID. course.id in course.yaml setzen.</translation>
    </message>
    <message>
        <source>An assignment needs a name. Use the assignment's folder name.</source>
        <translation>Eine Aufgabe benötigt einen Namen. Den Ordnernamen der Aufgabe verwenden.</translation>
    </message>
    <message>
        <source>A notebook needs a name. Use the notebook's file name without .ipynb.</source>
        <translation>Ein Notebook benötigt einen Namen. Den Dateinamen des Notebooks ohne .ipynb verwenden.</translation>
    </message>
    <message>
        <source>A graded or locked cell has no grade_id. Give every nbgrader cell a unique id in the source notebook and import it again.</source>
        <translation>Eine bewertete oder gesperrte Zelle hat keine grade_id. Jeder nbgrader-Zelle im Quell-Notebook eine eindeutige ID geben und es erneut importieren.</translation>
    </message>
    <message>
        <source>The grade_id "%1" is used by more than one cell. Make the ids unique in the source notebook and import it again.</source>
        <translation>Die grade_id „%1“ wird von mehreren Zellen verwendet. Die IDs im Quell-Notebook eindeutig machen und es erneut importieren.</translation>
    </message>
    <message>
        <source>The cell "%1" was removed from the notebook, but students already have grades or comments for it. Put the cell back, or keep the old version of the assignment.</source>
        <translation>Die Zelle „%1“ wurde aus dem Notebook entfernt, aber Studierende haben dafür bereits Bewertungen oder Kommentare. Die Zelle wiederherstellen oder die alte Version der Aufgabe beibehalten.</translation>
    </message>
    <message>
        <source>A student needs an id. Use the student's hub username.</source>
        <translation>Studierende benötigen eine ID. Den Hub-Benutzernamen der Person verwenden.</translation>
    </message>
    <message>
        <source>The rubric item belongs to another question than the answer. Reload and try again.</source>
        <translation>Das Kriterium gehört zu einer anderen Teilaufgabe als die Antwort. Neu laden und erneut versuchen.</translation>
    </message>
    <message>
        <source>The rubric item no longer exists (another grader may have deleted it). Reload the rubric and try again.</source>
        <translation>Das Kriterium existiert nicht mehr (möglicherweise hat eine andere bewertende Person es gelöscht). Das Bewertungsschema neu laden und erneut versuchen.</translation>
    </message>
    <message>
        <source>The gradebook has no such answer (the submission may have been removed). Reload the question and try again.</source>
        <translation>Das Notenbuch enthält diese Antwort nicht (die Abgabe wurde möglicherweise entfernt). Die Teilaufgabe neu laden und erneut versuchen.</translation>
    </message>
    <message>
        <source>A claim on an answer needs a positive duration.</source>
        <translation>Das Reservieren einer Antwort benötigt eine positive Dauer.</translation>
    </message>
    <message>
        <source>The change could not be recorded (it has no name).</source>
        <translation>Die Änderung konnte nicht protokolliert werden (sie hat keinen Namen).</translation>
    </message>
    <message>
        <source>GradeDesk cannot store a Canvas link of this kind.</source>
        <translation>GradeDesk kann eine Canvas-Verknüpfung dieser Art nicht speichern.</translation>
    </message>
    <message>
        <source>The student %1 is not in the gradebook. Import the roster first.</source>
        <translation>%1 ist nicht im Notenbuch enthalten. Zuerst die Teilnehmerliste importieren.</translation>
    </message>
    <message>
        <source>A Canvas link needs both the local id and the Canvas id.</source>
        <translation>Eine Canvas-Verknüpfung benötigt sowohl die lokale ID als auch die Canvas-ID.</translation>
    </message>
    <message>
        <source>A rubric item needs a title. Type one and try again.</source>
        <translation>Ein Kriterium benötigt einen Titel. Einen eingeben und erneut versuchen.</translation>
    </message>
    <message>
        <source>The shortcut %1 is already used by "%2" in this question. Choose another shortcut.</source>
        <translation>Das Tastenkürzel %1 wird in dieser Teilaufgabe bereits von „%2“ verwendet. Ein anderes Tastenkürzel wählen.</translation>
    </message>
    <message>
        <source>The rubric changed while it was being reordered. Reload the rubric and try again.</source>
        <translation>Das Bewertungsschema wurde während des Umsortierens geändert. Das Bewertungsschema neu laden und erneut versuchen.</translation>
    </message>
    <message>
        <source>Another grader changed this comment at the same moment, so yours was not saved. Look at their comment, then decide again.</source>
        <translation>Eine andere bewertende Person hat diesen Kommentar im selben Moment geändert, daher wurde der eigene nicht gespeichert. Den anderen Kommentar ansehen und dann neu entscheiden.</translation>
    </message>
    <message>
        <source>Not saved: the gradebook server is not reachable. GradeDesk reconnects on its own; try again when it is back.</source>
        <translation>Nicht gespeichert: Der Notenbuch-Server ist nicht erreichbar. GradeDesk verbindet sich selbstständig neu; erneut versuchen, sobald er wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>A regrade request needs the student's message.</source>
        <translation>Ein Antrag auf Neubewertung benötigt die Nachricht der Studierenden.</translation>
    </message>
    <message>
        <source>An imported regrade request needs its source key, so it is imported only once.</source>
        <translation>Ein importierter Antrag auf Neubewertung benötigt seinen Quellschlüssel, damit er nur einmal importiert wird.</translation>
    </message>
    <message>
        <source>There is no assignment %1 in the gradebook. Check the name.</source>
        <translation>Im Notenbuch gibt es keine Aufgabe %1. Den Namen prüfen.</translation>
    </message>
    <message>
        <source>%1 has no submission for %2, so there is nothing to regrade.</source>
        <translation>%1 hat keine Abgabe für %2, daher gibt es nichts neu zu bewerten.</translation>
    </message>
    <message>
        <source>The submission of %1 has no answer to this question of %2. Check the question.</source>
        <translation>Die Abgabe von %1 enthält keine Antwort auf diese Teilaufgabe von %2. Die Teilaufgabe prüfen.</translation>
    </message>
    <message>
        <source>The regrade request no longer exists. Reload the requests.</source>
        <translation>Der Antrag auf Neubewertung existiert nicht mehr. Die Anträge neu laden.</translation>
    </message>
    <message>
        <source>A regrade request that is %1 cannot become %2.</source>
        <translation>Ein Antrag auf Neubewertung im Status %1 kann nicht zu %2 wechseln.</translation>
    </message>
    <message>
        <source>Resolving a regrade request needs a reply that tells the student why.</source>
        <translation>Zum Erledigen eines Antrags auf Neubewertung ist eine Antwort nötig, die den Studierenden die Begründung nennt.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Services::KubeClient</name>
    <message>
        <source>GradeDesk does not send cluster credentials over unencrypted http to %1. Use an https server address in the kubeconfig.</source>
        <translation>GradeDesk sendet Cluster-Zugangsdaten nicht über unverschlüsseltes http an %1. In der kubeconfig eine https-Serveradresse verwenden.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Services::KubeExecutor</name>
    <message>
        <source>The run could not be started on the cluster (see the run's messages). Retry when the problem is fixed.</source>
        <translation>Der Lauf konnte auf dem Cluster nicht gestartet werden (siehe die Meldungen des Laufs). Erneut versuchen, sobald das Problem behoben ist.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Services::KubeRun</name>
    <message>
        <source>the server closed the watch</source>
        <translation>der Server hat die Überwachung (watch) beendet</translation>
    </message>
    <message>
        <source>Lost the connection to the cluster: %1</source>
        <translation>Verbindung zum Cluster verloren: %1</translation>
    </message>
    <message>
        <source>GradeDesk lost the connection to the cluster before this submission finished. Check the connection and retry.</source>
        <translation>GradeDesk hat die Verbindung zum Cluster verloren, bevor diese Abgabe abgeschlossen war. Die Verbindung prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The connection to the cluster dropped (%1); reconnecting.</source>
        <translation>Die Verbindung zum Cluster wurde unterbrochen (%1); sie wird wiederhergestellt.</translation>
    </message>
    <message>
        <source>Pod %1 (%2) is waiting: %3 %4</source>
        <translation>Pod %1 (%2) wartet: %3 %4</translation>
    </message>
    <message>
        <source>Pod %1 was disrupted (%2); Kubernetes starts the submission again.</source>
        <translation>Pod %1 wurde unterbrochen (%2); Kubernetes startet die Abgabe erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The submission did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>Die Abgabe wurde nicht innerhalb von %n Sekunde abgeschlossen und wurde gestoppt.</numerusform>
            <numerusform>Die Abgabe wurde nicht innerhalb von %n Sekunden abgeschlossen und wurde gestoppt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The submission used more than %1 MiB of memory and was killed. Raise the memory limit if the assignment needs it, then retry.</source>
        <translation>Die Abgabe hat mehr als %1 MiB Arbeitsspeicher belegt und wurde beendet. Das Speicherlimit erhöhen, falls die Aufgabe es benötigt, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The grading harness could not read its input for this submission (see the log).</source>
        <translation>Das Bewertungsskript konnte seine Eingabe für diese Abgabe nicht lesen (siehe Protokoll).</translation>
    </message>
    <message>
        <source>Pod %1 failed (exit code %2); Kubernetes retries the submission once.</source>
        <translation>Pod %1 ist fehlgeschlagen (Exit-Code %2); Kubernetes versucht die Abgabe noch einmal.</translation>
    </message>
    <message>
        <source>Grading failed twice (exit code %1, %2). See the log, then retry.</source>
        <translation>Die Bewertung ist zweimal fehlgeschlagen (Exit-Code %1, %2). Das Protokoll ansehen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>The submission could not start: %1 (%2). Fix the image or the cluster, then retry.</source>
        <translation>Die Abgabe konnte nicht starten: %1 (%2). Das Image oder den Cluster korrigieren, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The run's Job was deleted on the cluster before this submission finished.</source>
        <translation>Der Job des Laufs wurde auf dem Cluster gelöscht, bevor diese Abgabe abgeschlossen war.</translation>
    </message>
    <message>
        <source>The run reached its time limit before this submission finished.</source>
        <translation>Der Lauf hat sein Zeitlimit erreicht, bevor diese Abgabe abgeschlossen war.</translation>
    </message>
    <message>
        <source>The Job ended (%1: %2) before this submission had a result.</source>
        <translation>Der Job wurde beendet (%1: %2), bevor für diese Abgabe ein Ergebnis vorlag.</translation>
    </message>
    <message>
        <source>The harness finished but its result could not be read (%1). Retry the submission.</source>
        <translation>Das Bewertungsskript wurde beendet, aber sein Ergebnis konnte nicht gelesen werden (%1). Die Abgabe erneut versuchen.</translation>
    </message>
    <message>
        <source>Could not delete the Job %1 (%2); it is removed a day after it finished.</source>
        <translation>Der Job %1 konnte nicht gelöscht werden (%2); er wird einen Tag nach seinem Ende entfernt.</translation>
    </message>
    <message>
        <source>Cluster warning: %1</source>
        <translation>Cluster-Warnung: %1</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The cluster runs Kubernetes %1.%2; autograde needs 1.%3 or newer (per-submission retries). Ask the cluster's administrator to upgrade, or grade locally.</source>
        <translation>Auf dem Cluster läuft Kubernetes %1.%2; autograde benötigt 1.%3 oder neuer (erneute Versuche pro Abgabe). Die Cluster-Administration um ein Upgrade bitten oder lokal bewerten.</translation>
    </message>
    <message>
        <source>Your cluster account may not %1 in the namespace %2. Ask the cluster's administrator for a Role that allows it.</source>
        <translation>Das Cluster-Konto darf im namespace %2 nicht: %1. Die Cluster-Administration um eine Role bitten, die dies erlaubt.</translation>
    </message>
    <message>
        <source>A Job named %1 already exists in the namespace %2 and belongs to another run. Delete it or start a new run.</source>
        <translation>Ein Job namens %1 existiert bereits im namespace %2 und gehört zu einem anderen Lauf. Den Job löschen oder einen neuen Lauf starten.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Services::KubeWatch</name>
    <message>
        <source>The watch was stopped.</source>
        <translation>Die Überwachung (watch) wurde beendet.</translation>
    </message>
    <message>
        <source>GradeDesk does not send cluster credentials over unencrypted http to %1. Use an https server address in the kubeconfig.</source>
        <translation>GradeDesk sendet Cluster-Zugangsdaten nicht über unverschlüsseltes http an %1. In der kubeconfig eine https-Serveradresse verwenden.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Services::LocalExchange</name>
    <message>
        <source>The course folder '%1' does not exist. Check the exchange directory in the course settings.</source>
        <translation>Der Kursordner „%1“ existiert nicht. Das Exchange-Verzeichnis in den Kurseinstellungen prüfen.</translation>
    </message>
    <message>
        <source>Collecting was cancelled.</source>
        <translation>Das Einsammeln wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The gradebook was closed before collecting started. Open the course again.</source>
        <translation>Das Notenbuch wurde geschlossen, bevor das Einsammeln begann. Den Kurs erneut öffnen.</translation>
    </message>
    <message>
        <source>Collecting was cancelled. Nothing was changed in the gradebook.</source>
        <translation>Das Einsammeln wurde abgebrochen. Im Notenbuch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The gradebook was closed while collecting. Nothing was stored.</source>
        <translation>Das Notenbuch wurde während des Einsammelns geschlossen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>%1: the assignment could not be read from source/ or release/ (%2); the gradebook's copy of its cells was used.</source>
        <translation>%1: Die Aufgabe konnte nicht aus source/ oder release/ gelesen werden (%2); stattdessen wurde die Kopie ihrer Zellen im Notenbuch verwendet.</translation>
    </message>
    <message>
        <source>The assignment '%1' is not in the gradebook.</source>
        <translation>Die Aufgabe „%1“ ist nicht im Notenbuch enthalten.</translation>
    </message>
    <message>
        <source>The assignment '%1' has no notebooks. Put its notebooks in source/%1/ and collect again.</source>
        <translation>Die Aufgabe „%1“ hat keine Notebooks. Ihre Notebooks in source/%1/ ablegen und erneut einsammeln.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Services::LocalExecutor</name>
    <message>
        <source>The autograde run could not start because its task list is inconsistent. Start it again.</source>
        <translation>Der Lauf zur automatischen Bewertung konnte nicht starten, weil seine Aufgabenliste inkonsistent ist. Den Lauf erneut starten.</translation>
    </message>
    <message>
        <source>The Python interpreter '%1' was not found, so no notebook can be run. Install Python 3 with nbclient and ipykernel (Debian: python3-nbclient python3-ipykernel), or set autograde.python in course.yaml.</source>
        <translation>Der Python-Interpreter „%1“ wurde nicht gefunden, daher kann kein Notebook ausgeführt werden. Python 3 mit nbclient und ipykernel installieren (Debian: python3-nbclient python3-ipykernel) oder autograde.python in course.yaml setzen.</translation>
    </message>
    <message>
        <source>The autograder could not write its working files in %1. Check that the folder exists, is writable and has free space.</source>
        <translation>Die automatische Bewertung konnte ihre Arbeitsdateien in %1 nicht schreiben. Prüfen, ob der Ordner existiert, beschreibbar ist und genügend freier Speicherplatz vorhanden ist.</translation>
    </message>
    <message>
        <source>The Python interpreter '%1' cannot run notebooks: it lacks nbformat, nbclient or ipykernel. Install them (Debian: python3-nbclient python3-ipykernel) or set autograde.python in course.yaml to a Python that has them.</source>
        <translation>Der Python-Interpreter „%1“ kann keine Notebooks ausführen: Ihm fehlen nbformat, nbclient oder ipykernel. Diese installieren (Debian: python3-nbclient python3-ipykernel) oder autograde.python in course.yaml auf ein Python setzen, in dem sie vorhanden sind.</translation>
    </message>
    <message>
        <source>Grading this submission took longer than %1 seconds and was stopped. Look for an endless loop or a very slow cell, or raise autograde.submission_timeout in course.yaml, then retry.</source>
        <translation>Die Bewertung dieser Abgabe dauerte länger als %1 Sekunden und wurde abgebrochen. Nach einer Endlosschleife oder einer sehr langsamen Zelle suchen oder autograde.submission_timeout in course.yaml erhöhen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The grading process could not be started (%1). Check that '%2' runs, then retry.</source>
        <translation>Der Bewertungsprozess konnte nicht gestartet werden (%1). Prüfen, ob sich „%2“ ausführen lässt, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The grading process stopped unexpectedly (it may have run out of memory or been killed). See the log below, then retry.</source>
        <translation>Der Bewertungsprozess wurde unerwartet beendet (möglicherweise reichte der Arbeitsspeicher nicht aus, oder der Prozess wurde zwangsweise beendet). Das Protokoll unten prüfen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The grader could not read this submission or the assignment's spec. See the log below; fix the files, collect again and retry.</source>
        <translation>Die automatische Bewertung konnte diese Abgabe oder die Spezifikation der Aufgabe nicht lesen. Das Protokoll unten prüfen, die Dateien korrigieren, erneut einsammeln und erneut versuchen.</translation>
    </message>
    <message>
        <source>The grading harness failed (exit code %1). See the log below; check the Python installation (nbclient, ipykernel), then retry.</source>
        <translation>Das Bewertungsskript ist fehlgeschlagen (Exit-Code %1). Das Protokoll unten prüfen und die Python-Installation (nbclient, ipykernel) kontrollieren, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The grading harness ended without a result. See the log below; check the Python installation (nbclient, ipykernel) and free disk space, then retry.</source>
        <translation>Das Bewertungsskript wurde ohne Ergebnis beendet. Das Protokoll unten prüfen und die Python-Installation (nbclient, ipykernel) sowie den freien Speicherplatz kontrollieren, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The grader could not grade this submission: %1. Fix the cause, then retry.</source>
        <translation>Die automatische Bewertung konnte diese Abgabe nicht bewerten: %1. Die Ursache beheben, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Grading was cancelled. Retry to grade this submission.</source>
        <translation>Die Bewertung wurde abgebrochen. Erneut versuchen, um diese Abgabe zu bewerten.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Services::NgshareCollect</name>
    <message>
        <source>The gradebook was closed before collecting started. Open the course again.</source>
        <translation>Das Notenbuch wurde geschlossen, bevor das Einsammeln begann. Den Kurs erneut öffnen.</translation>
    </message>
    <message>
        <source>The course folder '%1' does not exist. Submissions are downloaded into it: set exchange.directory in course.yaml to the course's nbgrader folder.</source>
        <translation>Der Kursordner „%1“ existiert nicht. Abgaben werden dorthin heruntergeladen: exchange.directory in course.yaml auf den nbgrader-Ordner des Kurses setzen.</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>ngshare has no assignment or course “%1” in course “%2” (%3). Release the assignment first, and check course.id in course.yaml.</source>
        <translation>ngshare hat keine Aufgabe oder keinen Kurs „%1“ im Kurs „%2“ (%3). Die Aufgabe zuerst freigeben und course.id in course.yaml prüfen.</translation>
    </message>
    <message>
        <source>student</source>
        <translation>Studierende/r</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) by instructors of the course were left out.</source>
        <translation>
            <numerusform>%n Abgabe von Lehrkräften des Kurses wurde ausgelassen.</numerusform>
            <numerusform>%n Abgaben von Lehrkräften des Kurses wurden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Services::NgshareExchange</name>
    <message>
        <source>The gradebook was closed while collecting. The downloaded submissions are in the course folder; collect again to import them.</source>
        <translation>Das Notenbuch wurde während des Einsammelns geschlossen. Die heruntergeladenen Abgaben liegen im Kursordner; erneut einsammeln, um sie zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) were downloaded into the course folder, but importing them failed: %1</source>
        <translation>
            <numerusform>%n Abgabe wurde in den Kursordner heruntergeladen, aber der Import ist fehlgeschlagen: %1</numerusform>
            <numerusform>%n Abgaben wurden in den Kursordner heruntergeladen, aber der Import ist fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>The release folder %1 holds no files. Generate the student version of “%2” first.</source>
        <translation>Der Freigabeordner %1 enthält keine Dateien. Zuerst die Studierendenversion von „%2“ erzeugen.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is already released, and ngshare cannot update a released assignment. Replacing it would delete the %n submission(s) already made, so GradeDesk will not do it. Release the changed version under a new name instead.</source>
        <translation>
            <numerusform>„%1“ ist bereits freigegeben, und ngshare kann eine freigegebene Aufgabe nicht aktualisieren. Beim Ersetzen würde die bereits eingereichte %n Abgabe gelöscht, daher tut GradeDesk das nicht. Die geänderte Version stattdessen unter einem neuen Namen freigeben.</numerusform>
            <numerusform>„%1“ ist bereits freigegeben, und ngshare kann eine freigegebene Aufgabe nicht aktualisieren. Beim Ersetzen würden die %n bereits eingereichten Abgaben gelöscht, daher tut GradeDesk das nicht. Die geänderte Version stattdessen unter einem neuen Namen freigeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is already released, and ngshare cannot update a released assignment. Nobody has submitted it yet, so it can be replaced (unreleased, then released again); students who already fetched the old version keep it, and ngshare cannot tell who did.</source>
        <translation>„%1“ ist bereits freigegeben, und ngshare kann eine freigegebene Aufgabe nicht aktualisieren. Bisher hat niemand etwas abgegeben, daher kann sie ersetzt werden (Freigabe zurückziehen, dann erneut freigeben); Studierende, die die alte Version bereits abgerufen haben, behalten sie, und ngshare kann nicht feststellen, wer das war.</translation>
    </message>
    <message>
        <source>“%1” was released by someone else at the same time (%2). Check it before releasing again.</source>
        <translation>„%1“ wurde gleichzeitig von jemand anderem freigegeben (%2). Vor einer erneuten Freigabe prüfen.</translation>
    </message>
    <message>
        <source>%1 The upload may still have arrived: run the release again; if it says the assignment is already released, it did.</source>
        <translation>%1 Der Upload ist möglicherweise trotzdem angekommen: die Freigabe erneut ausführen; meldet sie, dass die Aufgabe bereits freigegeben ist, dann ist er angekommen.</translation>
    </message>
    <message>
        <source>The old release of “%1” was removed, but the new one was not uploaded, so students see no assignment now. Release it again. (%2)</source>
        <translation>Die alte Freigabe von „%1“ wurde entfernt, aber die neue wurde nicht hochgeladen, daher sehen Studierende jetzt keine Aufgabe. Erneut freigeben. (%2)</translation>
    </message>
    <message>
        <source>The gradebook was closed. Open the course again.</source>
        <translation>Das Notenbuch wurde geschlossen. Den Kurs erneut öffnen.</translation>
    </message>
    <message>
        <source>The assignment “%1” is not in the gradebook. Collect it first.</source>
        <translation>Die Aufgabe „%1“ ist nicht im Notenbuch. Zuerst einsammeln.</translation>
    </message>
    <message>
        <source>student</source>
        <translation>Studierende/r</translation>
    </message>
    <message>
        <source>No feedback pages in %1. Generate the feedback first.</source>
        <translation>Keine Feedback-Seiten in %1. Zuerst das Feedback erzeugen.</translation>
    </message>
    <message>
        <source>A feedback page in %1 could not be read.</source>
        <translation>Eine Feedback-Seite in %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The feedback pages in %1 are larger than ngshare accepts in one upload.</source>
        <translation>Die Feedback-Seiten in %1 sind größer, als ngshare in einem Upload annimmt.</translation>
    </message>
    <message>
        <source>The submission has no time, so ngshare cannot tell which one the feedback is for. Collect it again.</source>
        <translation>Die Abgabe hat keinen Zeitstempel, daher kann ngshare nicht feststellen, zu welcher Abgabe das Feedback gehört. Erneut einsammeln.</translation>
    </message>
    <message>
        <source>ngshare has no submission of %1 at %2 (%3). Collect again, grade, and release the feedback again.</source>
        <translation>ngshare hat keine Abgabe von %1 mit dem Zeitstempel %2 (%3). Erneut einsammeln, bewerten und das Feedback erneut freigeben.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Services::SecretJob</name>
    <message>
        <source>“%1” is not a valid keychain key. This is a bug in GradeDesk; please report it.</source>
        <translation>„%1“ ist kein gültiger Schlüsselbund-Schlüssel. Dies ist ein Fehler in GradeDesk; bitte melden.</translation>
    </message>
    <message>
        <source>No secret is stored in the system keychain for %1. Enter it again.</source>
        <translation>Im Schlüsselbund des Systems sind keine Zugangsdaten für %1 gespeichert. Bitte erneut eingeben.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the secret for %1. Unlock the keyring (or allow GradeDesk access) and try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff auf die Zugangsdaten für %1 verweigert. Den Schlüsselbund entsperren (oder GradeDesk den Zugriff erlauben) und erneut versuchen.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so GradeDesk cannot keep the secret for %2. Make sure a keyring such as GNOME Keyring or KWallet is running and unlocked in your session, then try again. GradeDesk never stores secrets anywhere else.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1), daher kann GradeDesk die Zugangsdaten für %2 nicht aufbewahren. Sicherstellen, dass ein Schlüsselbund wie GNOME Keyring oder KWallet in der Sitzung läuft und entsperrt ist, dann erneut versuchen. GradeDesk speichert Zugangsdaten niemals an einem anderen Ort.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Services::SyntaxHighlighter</name>
    <message>
        <source>Syntax highlighting is not available (%1). Code is shown without colours; install the package libkf5syntaxhighlighting-tools to get them.</source>
        <translation>Syntaxhervorhebung ist nicht verfügbar (%1). Code wird ohne Farben angezeigt; für Farben das Paket libkf5syntaxhighlighting-tools installieren.</translation>
    </message>
    <message>
        <source>Syntax highlighting is not available because %1 is not installed. Code is shown without colours; install the package libkf5syntaxhighlighting-tools to get them.</source>
        <translation>Syntaxhervorhebung ist nicht verfügbar, weil %1 nicht installiert ist. Code wird ohne Farben angezeigt; für Farben das Paket libkf5syntaxhighlighting-tools installieren.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::AnswerPane</name>
    <message>
        <source>Show or hide the question's text</source>
        <translation>Text der Teilaufgabe ein- oder ausblenden</translation>
    </message>
    <message>
        <source>No question selected</source>
        <translation>Keine Teilaufgabe ausgewählt</translation>
    </message>
    <message>
        <source>Choose a question on the left.</source>
        <translation>Links eine Teilaufgabe auswählen.</translation>
    </message>
    <message>
        <source>Anonymous grading: R reveals the name (recorded in the audit log).</source>
        <translation>Anonyme Bewertung: R deckt den Namen auf (wird im Prüfprotokoll erfasst).</translation>
    </message>
    <message>
        <source>Graded with the rubric</source>
        <translation>Mit dem Bewertungsschema bewertet</translation>
    </message>
    <message>
        <source>Score typed in by hand</source>
        <translation>Punkte von Hand eingegeben</translation>
    </message>
    <message>
        <source>Waiting for a manual grade</source>
        <translation>Wartet auf manuelle Bewertung</translation>
    </message>
    <message>
        <source>Scored by the autograder</source>
        <translation>Automatisch bewertet</translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source> · extra credit %1</source>
        <translation> · Zusatzpunkte %1</translation>
    </message>
    <message>
        <source> · last change by %1, %2</source>
        <translation> · zuletzt geändert von %1, %2</translation>
    </message>
    <message>
        <source>Left unchanged</source>
        <translation>Unverändert gelassen</translation>
    </message>
    <message>
        <source>The student left the answer exactly as it was released.</source>
        <translation>Die Antwort ist noch genau im freigegebenen Zustand.</translation>
    </message>
    <message>
        <source>Needs manual grade</source>
        <translation>Manuelle Bewertung nötig</translation>
    </message>
    <message>
        <source>No grader has scored this answer yet.</source>
        <translation>Noch keine bewertende Person hat diese Antwort bewertet.</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Flagged for review (F toggles).</source>
        <translation>Zur Überprüfung markiert (F schaltet um).</translation>
    </message>
    <message>
        <source>Regrade requested</source>
        <translation>Neubewertung beantragt</translation>
    </message>
    <message>
        <source>The student asked for this question to be regraded.</source>
        <translation>Für diese Teilaufgabe wurde eine Neubewertung beantragt.</translation>
    </message>
    <message>
        <source>Open by %1</source>
        <translation>Geöffnet von %1</translation>
    </message>
    <message>
        <source>Another grader has this answer open; grading it too may overwrite their work.</source>
        <translation>Eine andere bewertende Person hat diese Antwort geöffnet; eine gleichzeitige Bewertung kann deren Arbeit überschreiben.</translation>
    </message>
    <message>
        <source>Group of %1</source>
        <translation>Gruppe aus %1</translation>
    </message>
    <message>
        <source>%1 answers are the same; Shift+key grades all of them.</source>
        <translation>%1 Antworten sind gleich; Umschalt+Taste bewertet alle.</translation>
    </message>
    <message>
        <source>Loading the answer…</source>
        <translation>Antwort wird geladen…</translation>
    </message>
    <message>
        <source>No question text</source>
        <translation>Kein Text zur Teilaufgabe</translation>
    </message>
    <message>
        <source>This answer could not be read</source>
        <translation>Diese Antwort konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The notebook is missing the question's cell or could not be opened.</source>
        <translation>Im Notebook fehlt die Zelle der Teilaufgabe, oder es konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This question has no text above the answer.</source>
        <translation>Über der Antwort steht kein Text zu dieser Teilaufgabe.</translation>
    </message>
    <message>
        <source>The student wrote nothing here.</source>
        <translation>Hier wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Teilaufgabe</translation>
    </message>
    <message>
        <source>  (text hidden)</source>
        <translation>  (Text ausgeblendet)</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::AuditHistoryView</name>
    <message>
        <source>Nothing has been recorded for this answer yet.</source>
        <translation>Für diese Antwort wurde noch nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this submission yet.</source>
        <translation>Für diese Abgabe wurde noch nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet.</source>
        <translation>Es wurde noch nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>No answer selected</source>
        <translation>Keine Antwort ausgewählt</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::AutogradeActions</name>
    <message>
        <source>Autograde &amp;All…</source>
        <translation>&amp;Alle automatisch bewerten…</translation>
    </message>
    <message>
        <source>Run and score every submission of an assignment, locally or on a Kubernetes cluster, then review the score changes</source>
        <translation>Alle Abgaben einer Aufgabe lokal oder in einem Kubernetes-Cluster ausführen und bewerten, dann die Punkteänderungen prüfen</translation>
    </message>
    <message>
        <source>Open a course first</source>
        <translation>Zuerst einen Kurs öffnen</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::AutogradeDetailPane</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>– / %1</source>
        <translation>– / %1</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Wrote to stderr</source>
        <translation>In stderr geschrieben</translation>
    </message>
    <message>
        <source>Partial credit</source>
        <translation>Teilpunkte</translation>
    </message>
    <message>
        <source>Output not a score</source>
        <translation>Ausgabe ist keine Punktzahl</translation>
    </message>
    <message>
        <source>Score above maximum</source>
        <translation>Punkte über dem Maximum</translation>
    </message>
    <message>
        <source>Left as released</source>
        <translation>Wie freigegeben belassen</translation>
    </message>
    <message>
        <source>Answered (manual)</source>
        <translation>Beantwortet (manuell)</translation>
    </message>
    <message>
        <source>Task (manual)</source>
        <translation>Task-Zelle (manuell)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>No log for this submission yet.</source>
        <translation>Für diese Abgabe gibt es noch kein Protokoll.</translation>
    </message>
    <message>
        <source>Resul&amp;t</source>
        <translation>Er&amp;gebnis</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Proto&amp;koll</translation>
    </message>
    <message>
        <source>No submission selected</source>
        <translation>Keine Abgabe ausgewählt</translation>
    </message>
    <message>
        <source>Select a submission in the table to see its scores, messages and log.</source>
        <translation>Eine Abgabe in der Tabelle auswählen, um ihre Punkte, Meldungen und ihr Protokoll anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Waiting for a free slot.</source>
        <translation>Wartet auf einen freien Platz.</translation>
    </message>
    <message>
        <source>Running for %1 (attempt %2).</source>
        <translation>Läuft seit %1 (Versuch %2).</translation>
    </message>
    <message>
        <source>Scored %1 / %2 in %3 (attempt %4).</source>
        <translation>%1 / %2 Punkte, Dauer %3 (Versuch %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) wait for a grader.</source>
        <translation>
            <numerusform>%n Zelle wartet auf manuelle Bewertung.</numerusform>
            <numerusform>%n Zellen warten auf manuelle Bewertung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cell messages are not available: the cluster only returned the short result.</source>
        <translation>Meldungen zu den Zellen sind nicht verfügbar: Der Cluster hat nur das Kurzergebnis zurückgegeben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Retrying will not help: fix the cause first.</source>
        <translation>Ein erneuter Versuch hilft nicht: zuerst die Ursache beheben.</translation>
    </message>
    <message>
        <source>Cancelled before it finished. Retry Failed runs it again.</source>
        <translation>Vor dem Ende abgebrochen. „Fehlgeschlagene wiederholen“ führt die Abgabe erneut aus.</translation>
    </message>
    <message>
        <source>Submission: %1</source>
        <translation>Abgabe: %1</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (verborgen)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::AutogradeReviewDialog</name>
    <message>
        <source>Review Score Changes</source>
        <translation>Punkteänderungen prüfen</translation>
    </message>
    <message>
        <source>The changes could not be computed.</source>
        <translation>Die Änderungen konnten nicht berechnet werden.</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Review Score Changes — %1</source>
        <translation>Punkteänderungen prüfen – %1</translation>
    </message>
    <message>
        <source>This run changes no auto scores of %1: the gradebook already holds these results.</source>
        <translation>Dieser Lauf ändert keine automatisch vergebenen Punkte von %1: Das Notenbuch enthält diese Ergebnisse bereits.</translation>
    </message>
    <message numerus="yes">
        <source>Committing writes %n auto score(s)</source>
        <translation>
            <numerusform>Übernommen wird %n automatische Punktzahl</numerusform>
            <numerusform>Übernommen werden %n automatische Punktzahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n student(s).</source>
        <translation>
            <numerusform>für %n Studierende/n.</numerusform>
            <numerusform>für %n Studierende.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them do not change the final grade because a manual score decides it.</source>
        <translation>
            <numerusform>Bei %n davon ändert sich die endgültige Bewertung nicht, weil eine manuelle Punktzahl sie bestimmt.</numerusform>
            <numerusform>Bei %n davon ändert sich die endgültige Bewertung nicht, weil eine manuelle Punktzahl sie bestimmt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) have no result and keep their scores: retry them first.</source>
        <translation>
            <numerusform>%n Abgabe hat kein Ergebnis und behält ihre Punkte: diese zuerst erneut bewerten.</numerusform>
            <numerusform>%n Abgaben haben kein Ergebnis und behalten ihre Punkte: diese zuerst erneut bewerten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The executed notebooks go to autograded/, where feedback is generated from.</source>
        <translation>Die ausgeführten Notebooks werden in autograded/ abgelegt, woraus das Feedback erzeugt wird.</translation>
    </message>
    <message>
        <source>Manual scores, comments and rubric items stay as they are.</source>
        <translation>Manuelle Punkte, Kommentare und Kriterien bleiben unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Commit %n Change(s)</source>
        <translation>
            <numerusform>%n Änderung &amp;übernehmen</numerusform>
            <numerusform>%n Änderungen &amp;übernehmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::AutogradeStartPanel</name>
    <message>
        <source>&amp;Start Autograde</source>
        <translation>Automatische Bewertung &amp;starten</translation>
    </message>
    <message>
        <source>This computer (local processes)</source>
        <translation>Dieser Computer (lokale Prozesse)</translation>
    </message>
    <message>
        <source>Kubernetes cluster</source>
        <translation>Kubernetes-Cluster</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Submissions graded at the same time. Automatic: one per processor core locally (%1 here), the course default on a cluster.</source>
        <translation>Gleichzeitig bewertete Abgaben. Automatisch: lokal eine pro Prozessorkern (hier %1), auf einem Cluster der Standardwert des Kurses.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A cell running longer is interrupted and scored like a cell with an error</source>
        <translation>Eine Zelle, die länger läuft, wird unterbrochen und wie eine Zelle mit Fehler bewertet</translation>
    </message>
    <message>
        <source>A submission running longer is stopped and shown as timed out</source>
        <translation>Eine Abgabe, die länger läuft, wird abgebrochen und als Zeitüberschreitung angezeigt</translation>
    </message>
    <message>
        <source>Runs every submission's notebooks and scores their test cells. Nothing is written to the gradebook until you review the changes and commit them; manual scores, comments and rubric items are never changed.</source>
        <translation>Führt die Notebooks jeder Abgabe aus und bewertet ihre Testzellen. Ins Notenbuch wird erst geschrieben, wenn die Änderungen geprüft und übernommen wurden; manuelle Punkte, Kommentare und Kriterien werden nie geändert.</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>&amp;Run on:</source>
        <translation>A&amp;usführen auf:</translation>
    </message>
    <message>
        <source>&amp;Parallel submissions:</source>
        <translation>&amp;Parallele Abgaben:</translation>
    </message>
    <message>
        <source>&amp;Cell time limit:</source>
        <translation>&amp;Zeitlimit pro Zelle:</translation>
    </message>
    <message>
        <source>Su&amp;bmission time limit:</source>
        <translation>Zeitlimit pro A&amp;bgabe:</translation>
    </message>
    <message>
        <source>the current context</source>
        <translation>dem aktuellen Kontext</translation>
    </message>
    <message>
        <source>its namespace</source>
        <translation>dessen Namespace</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <source>the default kubeconfig</source>
        <translation>der Standard-kubeconfig</translation>
    </message>
    <message>
        <source>As Kubernetes Jobs in %1 (%2) of %3.</source>
        <translation>Als Kubernetes-Jobs in %1 (%2) aus %3.</translation>
    </message>
    <message>
        <source>This course has no assignments in course.yaml. Add one, then open Autograde again.</source>
        <translation>Dieser Kurs hat in course.yaml keine Aufgaben. Eine ergänzen und die automatische Bewertung erneut öffnen.</translation>
    </message>
    <message>
        <source>With the course's Python and Jupyter kernel on this computer.</source>
        <translation>Mit dem Python und dem Jupyter-Kernel des Kurses auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::AutogradeWindow</name>
    <message>
        <source>&amp;Queued</source>
        <translation>In &amp;Warteschlange</translation>
    </message>
    <message>
        <source>R&amp;unning</source>
        <translation>&amp;Läuft</translation>
    </message>
    <message>
        <source>&amp;Graded</source>
        <translation>&amp;Bewertet</translation>
    </message>
    <message>
        <source>&amp;Failed</source>
        <translation>&amp;Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Timed &amp;out</source>
        <translation>&amp;Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Cancelle&amp;d</source>
        <translation>Abgebro&amp;chen</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Autograde — %1</source>
        <translation>Automatische Bewertung – %1</translation>
    </message>
    <message>
        <source>%1 on the %2 executor</source>
        <translation>%1, Ausführung: %2</translation>
    </message>
    <message>
        <source>Show only these submissions (toggle; several can be on)</source>
        <translation>Nur diese Abgaben anzeigen (umschalten; mehrere können aktiv sein)</translation>
    </message>
    <message>
        <source>Filter students (Ctrl+F)</source>
        <translation>Studierende filtern (Strg+F)</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop every submission still queued or running; finished results are kept</source>
        <translation>Alle noch wartenden oder laufenden Abgaben anhalten; fertige Ergebnisse bleiben erhalten</translation>
    </message>
    <message>
        <source>Su&amp;bmissions</source>
        <translation>Abgabe&amp;n</translation>
    </message>
    <message>
        <source>Run and cluster &amp;events (what explains a stuck run)</source>
        <translation>&amp;Ereignisse von Lauf und Cluster (erklären, warum ein Lauf hängt)</translation>
    </message>
    <message>
        <source>&amp;New Run…</source>
        <translation>Neuer La&amp;uf…</translation>
    </message>
    <message>
        <source>Choose an assignment and settings for another run</source>
        <translation>Eine Aufgabe und Einstellungen für einen weiteren Lauf wählen</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>Fehlgeschlagene wieder&amp;holen</translation>
    </message>
    <message>
        <source>Re&amp;view Changes…</source>
        <translation>Änderungen &amp;prüfen…</translation>
    </message>
    <message>
        <source>See which scores the run would change in the gradebook, then commit them. Nothing is written before.</source>
        <translation>Anzeigen, welche Punkte der Lauf im Notenbuch ändern würde, und sie dann übernehmen. Vorher wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>estimating time left…</source>
        <translation>verbleibende Zeit wird geschätzt…</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>&amp;Retry Failed (%1)</source>
        <translation>Fehlgeschlagene wieder&amp;holen (%1)</translation>
    </message>
    <message>
        <source>Available when the run has finished</source>
        <translation>Verfügbar, wenn der Lauf abgeschlossen ist</translation>
    </message>
    <message>
        <source>Run the failed, timed-out and cancelled submissions again</source>
        <translation>Abgaben mit Fehler, Zeitüberschreitung oder Abbruch erneut ausführen</translation>
    </message>
    <message>
        <source>Nothing to retry: no submission failed (or retrying cannot help)</source>
        <translation>Nichts zu wiederholen: Keine Abgabe ist fehlgeschlagen (oder ein erneuter Versuch hilft nicht)</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::CanvasActions</name>
    <message>
        <source>Ca&amp;nvas</source>
        <translation>Ca&amp;nvas</translation>
    </message>
    <message>
        <source>&amp;Connect to Canvas…</source>
        <translation>Mit Canvas &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>Teilnehmerliste &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Push Grades…</source>
        <translation>Noten ü&amp;bertragen…</translation>
    </message>
    <message>
        <source>Enter the Canvas access token and test the connection</source>
        <translation>Canvas-Zugriffstoken eingeben und die Verbindung testen</translation>
    </message>
    <message>
        <source>Open a course first</source>
        <translation>Zuerst einen Kurs öffnen</translation>
    </message>
    <message>
        <source>This course has no Canvas site in course.yaml (see Connect to Canvas)</source>
        <translation>Dieser Kurs hat in course.yaml keine Canvas-Anbindung (siehe „Mit Canvas verbinden“)</translation>
    </message>
    <message>
        <source>Import students and sections from Canvas, reviewing the changes first</source>
        <translation>Studierende und Abschnitte aus Canvas importieren, nach Prüfung der Änderungen</translation>
    </message>
    <message>
        <source>Send an assignment's grades to Canvas and verify them</source>
        <translation>Die Noten einer Aufgabe an Canvas senden und prüfen</translation>
    </message>
    <message>
        <source>Enter your Canvas access token to import the roster.</source>
        <translation>Das Canvas-Zugriffstoken eingeben, um die Teilnehmerliste zu importieren.</translation>
    </message>
    <message>
        <source>Canvas refused the token. Paste a new one, save it, then fetch again.</source>
        <translation>Canvas hat das Token abgelehnt. Ein neues einfügen, speichern und dann erneut abrufen.</translation>
    </message>
    <message>
        <source>Enter your Canvas access token to push grades.</source>
        <translation>Das Canvas-Zugriffstoken eingeben, um Noten zu übertragen.</translation>
    </message>
    <message>
        <source>Canvas refused the token. Paste a new one, save it, then press Refresh.</source>
        <translation>Canvas hat das Token abgelehnt. Ein neues einfügen, speichern und dann „Aktualisieren“ drücken.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::CanvasAssignmentBox</name>
    <message>
        <source>Canvas assignment</source>
        <translation>Canvas-Aufgabe</translation>
    </message>
    <message>
        <source>C&amp;reate in Canvas</source>
        <translation>In Canvas e&amp;rstellen</translation>
    </message>
    <message>
        <source>P&amp;ublish it at once</source>
        <translation>&amp;Sofort veröffentlichen</translation>
    </message>
    <message>
        <source>Pu&amp;blish in Canvas</source>
        <translation>In Canvas &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>Canvas accepts grades only for published assignments</source>
        <translation>Canvas nimmt Noten nur für veröffentlichte Aufgaben an</translation>
    </message>
    <message>
        <source>Choose an assignment.</source>
        <translation>Eine Aufgabe wählen.</translation>
    </message>
    <message>
        <source>Looking for it in Canvas…</source>
        <translation>Suche in Canvas…</translation>
    </message>
    <message>
        <source>Canvas has no assignment “%1”. Create it with %2 points, or create it in Canvas yourself and press Refresh. The table shows what would be sent.</source>
        <translation>Canvas hat keine Aufgabe „%1“. Die Aufgabe mit %2 Punkten erstellen oder selbst in Canvas anlegen und „Aktualisieren“ drücken. Die Tabelle zeigt, was gesendet würde.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The post policy shows once the assignment exists in Canvas.</source>
        <translation>Die Bereitstellungsrichtlinie wird angezeigt, sobald die Aufgabe in Canvas existiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (Canvas id %2), %3 points, %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Canvas-ID %2), %3 Punkte, %4.</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>&lt;b&gt;not published&lt;/b&gt;</source>
        <translation>&lt;b&gt;nicht veröffentlicht&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open in Canvas</source>
        <translation>In Canvas öffnen</translation>
    </message>
    <message>
        <source>GradeDesk counts %1 points for this assignment; scores are sent as they are, so check the points in Canvas.</source>
        <translation>GradeDesk rechnet für diese Aufgabe mit %1 Punkten; die Punkte werden unverändert gesendet, daher die Punkte in Canvas prüfen.</translation>
    </message>
    <message>
        <source>Canvas refuses grades for unpublished assignments. Publish it in Canvas (Assignments, then the publish button next to it) and press Refresh, or press Publish in Canvas here.</source>
        <translation>Canvas lehnt Noten für unveröffentlichte Aufgaben ab. Die Aufgabe in Canvas veröffentlichen (Aufgaben, dann die Schaltfläche zum Veröffentlichen daneben) und „Aktualisieren“ drücken, oder hier „In Canvas veröffentlichen“ drücken.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::CanvasConnectionDialog</name>
    <message>
        <source>Canvas login id (identity: login_id)</source>
        <translation>Canvas-Login-ID (identity: login_id)</translation>
    </message>
    <message>
        <source>SIS user id (identity: sis_id)</source>
        <translation>SIS-Benutzer-ID (identity: sis_id)</translation>
    </message>
    <message>
        <source>e-mail address before the @ (identity: email)</source>
        <translation>E-Mail-Adresse vor dem @ (identity: email)</translation>
    </message>
    <message>
        <source>mapping file %1 (identity: mapping)</source>
        <translation>Zuordnungsdatei %1 (identity: mapping)</translation>
    </message>
    <message>
        <source>unknown (the course has no student yet)</source>
        <translation>unbekannt (der Kurs hat noch keine Studierenden)</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>sichtbar</translation>
    </message>
    <message>
        <source>hidden from this token</source>
        <translation>vor diesem Token verborgen</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <source>Teaching assistant</source>
        <translation>Tutor/in</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Designer/in</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>not enrolled (an administrator?)</source>
        <translation>nicht eingeschrieben (Administration?)</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Not connected: the Canvas address is not secure.</source>
        <translation>Nicht verbunden: Die Canvas-Adresse ist nicht sicher.</translation>
    </message>
    <message>
        <source>Canvas could not be reached.</source>
        <translation>Canvas ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Canvas refused the token.</source>
        <translation>Canvas hat das Token abgelehnt.</translation>
    </message>
    <message>
        <source>The course was not found.</source>
        <translation>Der Kurs wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Connected, but the token may not do everything GradeDesk needs.</source>
        <translation>Verbunden, aber das Token darf nicht alles, was GradeDesk benötigt.</translation>
    </message>
    <message>
        <source>Connect to Canvas</source>
        <translation>Mit Canvas verbinden</translation>
    </message>
    <message>
        <source>The Canvas token was removed from the keychain.</source>
        <translation>Das Canvas-Token wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Canvas course</source>
        <translation>Canvas-Kurs</translation>
    </message>
    <message>
        <source>Canvas &amp;address:</source>
        <translation>Canvas-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Course &amp;id:</source>
        <translation>Kurs-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Usernames from:</source>
        <translation>&amp;Benutzernamen aus:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Paste a new access token</source>
        <translation>Ein neues Zugriffstoken einfügen</translation>
    </message>
    <message>
        <source>Create a token in Canvas under Account ▸ Settings ▸ New Access Token. GradeDesk keeps it only in the system keychain, never in files or settings.</source>
        <translation>Ein Token in Canvas unter Konto ▸ Einstellungen ▸ Neues Zugriffstoken erstellen. GradeDesk speichert es nur im Schlüsselbund des Systems, nie in Dateien oder Einstellungen.</translation>
    </message>
    <message>
        <source>Sign in, open the course and check what the token may see and do</source>
        <translation>Anmelden, den Kurs öffnen und prüfen, was das Token sehen und tun darf</translation>
    </message>
    <message>
        <source>Add the Canvas site to course.yaml first (see above).</source>
        <translation>Zuerst die Canvas-Instanz in course.yaml eintragen (siehe oben).</translation>
    </message>
    <message>
        <source>Remove the Canvas token for %1 from the keychain? GradeDesk then asks for a token before the next Canvas operation.</source>
        <translation>Das Canvas-Token für %1 aus dem Schlüsselbund entfernen? GradeDesk fragt dann vor dem nächsten Canvas-Vorgang nach einem Token.</translation>
    </message>
    <message>
        <source>Paste a new token above, press Save Token, and test again.</source>
        <translation>Oben ein neues Token einfügen, „Token speichern“ drücken und erneut testen.</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Kurs:</translation>
    </message>
    <message>
        <source>Your role:</source>
        <translation>Eigene Rolle:</translation>
    </message>
    <message>
        <source>Login ids:</source>
        <translation>Login-IDs:</translation>
    </message>
    <message>
        <source>SIS ids:</source>
        <translation>SIS-IDs:</translation>
    </message>
    <message>
        <source>E-mail addresses:</source>
        <translation>E-Mail-Adressen:</translation>
    </message>
    <message>
        <source>Grades:</source>
        <translation>Noten:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>may be changed</source>
        <translation>dürfen geändert werden</translation>
    </message>
    <message>
        <source>may not be changed</source>
        <translation>dürfen nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::CanvasPushDialog</name>
    <message>
        <source>Push Grades to Canvas</source>
        <translation>Noten an Canvas übertragen</translation>
    </message>
    <message>
        <source>Optional: sent to every student with the grade</source>
        <translation>Optional: wird allen Studierenden mit der Note gesendet</translation>
    </message>
    <message>
        <source>&amp;GradeDesk assignment:</source>
        <translation>&amp;GradeDesk-Aufgabe:</translation>
    </message>
    <message>
        <source>Co&amp;mment to students:</source>
        <translation>&amp;Kommentar an Studierende:</translation>
    </message>
    <message>
        <source>&amp;Push Grades</source>
        <translation>Noten über&amp;tragen</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Send only the grades that Canvas does not show yet</source>
        <translation>Nur die Noten senden, die Canvas noch nicht anzeigt</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the Canvas assignment and its scores again</source>
        <translation>Die Canvas-Aufgabe und ihre Punkte erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>The gradebook has no assignments yet. Collect and grade submissions first.</source>
        <translation>Das Notenbuch enthält noch keine Aufgaben. Zuerst Abgaben einsammeln und bewerten.</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>Alle Studierenden</translation>
    </message>
    <message>
        <source>Grades to send, or sent</source>
        <translation>Zu sendende oder gesendete Noten</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>The grades could not be read.</source>
        <translation>Die Noten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Looking for “%1” in Canvas</source>
        <translation>„%1“ wird in Canvas gesucht</translation>
    </message>
    <message>
        <source>The Canvas assignment could not be looked up.</source>
        <translation>Die Canvas-Aufgabe konnte nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>Reading the scores Canvas has now</source>
        <translation>Aktuelle Punkte aus Canvas werden gelesen</translation>
    </message>
    <message>
        <source>Canvas' current scores could not be read.</source>
        <translation>Die aktuellen Punkte in Canvas konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>GradeDesk does not know the points of “%1” (no graded cells), so it cannot create it in Canvas. Create the assignment in Canvas, then press Refresh.</source>
        <translation>GradeDesk kennt die Punktzahl von „%1“ nicht (keine bewerteten Zellen) und kann die Aufgabe daher nicht in Canvas anlegen. Die Aufgabe in Canvas anlegen und dann auf „Aktualisieren“ klicken.</translation>
    </message>
    <message>
        <source>Creating “%1” in Canvas</source>
        <translation>„%1“ wird in Canvas angelegt</translation>
    </message>
    <message>
        <source>The assignment was not created in Canvas.</source>
        <translation>Die Aufgabe wurde nicht in Canvas angelegt.</translation>
    </message>
    <message>
        <source>Created “%1” in Canvas.</source>
        <translation>„%1“ wurde in Canvas angelegt.</translation>
    </message>
    <message>
        <source>Publishing “%1” in Canvas</source>
        <translation>„%1“ wird in Canvas veröffentlicht</translation>
    </message>
    <message>
        <source>The assignment was not published.</source>
        <translation>Die Aufgabe wurde nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Published “%1” in Canvas.</source>
        <translation>„%1“ wurde in Canvas veröffentlicht.</translation>
    </message>
    <message>
        <source>Push Grades</source>
        <translation>Noten übertragen</translation>
    </message>
    <message numerus="yes">
        <source>Send %n grade(s) of “%1” to Canvas?</source>
        <translation>
            <numerusform>%n Note von „%1“ an Canvas senden?</numerusform>
            <numerusform>%n Noten von „%1“ an Canvas senden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Sending grades</source>
        <translation>Noten werden gesendet</translation>
    </message>
    <message>
        <source>The push was cancelled. Grades Canvas already accepted stay there: press Refresh to compare again, then push the rest.</source>
        <translation>Die Übertragung wurde abgebrochen. Von Canvas bereits angenommene Noten bleiben dort: Auf „Aktualisieren“ klicken, um erneut zu vergleichen, und dann den Rest übertragen.</translation>
    </message>
    <message>
        <source>The grades were not sent.</source>
        <translation>Die Noten wurden nicht gesendet.</translation>
    </message>
    <message>
        <source>Canvas reported: %1</source>
        <translation>Canvas meldete: %1</translation>
    </message>
    <message>
        <source>The push was not recorded in the audit log: %1</source>
        <translation>Die Übertragung wurde nicht im Prüfprotokoll vermerkt: %1</translation>
    </message>
    <message>
        <source>Cancelled. Press Refresh to start again.</source>
        <translation>Abgebrochen. Auf „Aktualisieren“ klicken, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>%1 pushed · %2 unchanged · %3 failed · %4 skipped</source>
        <translation>%1 übertragen · %2 unverändert · %3 fehlgeschlagen · %4 übersprungen</translation>
    </message>
    <message>
        <source>Dry run, nothing sent yet: %1 to send · %2 unchanged · %3 skipped</source>
        <translation>Probelauf, noch nichts gesendet: %1 zu senden · %2 unverändert · %3 übersprungen</translation>
    </message>
    <message>
        <source>Sending the failed grades again (%1)</source>
        <translation>Fehlgeschlagene Noten werden erneut gesendet (%1)</translation>
    </message>
    <message>
        <source>Done: all %1 grades are in Canvas, each one checked by reading it back.</source>
        <translation>Fertig: Alle %1 Noten sind in Canvas, jede durch Zurücklesen geprüft.</translation>
    </message>
    <message>
        <source>%1 of %2 grades are in Canvas, each checked by reading it back. Not in Canvas: %3, because</source>
        <translation>%1 von %2 Noten sind in Canvas, jede durch Zurücklesen geprüft. Nicht in Canvas: %3, aus folgenden Gründen:</translation>
    </message>
    <message>
        <source>  • other reasons: see the Result column</source>
        <translation>  • andere Gründe: siehe Spalte „Ergebnis“</translation>
    </message>
    <message>
        <source>Fix what the reason names, if anything, then press Retry Failed: only those grades are sent again.</source>
        <translation>Gegebenenfalls beheben, was der Grund nennt, dann „Fehlgeschlagene wiederholen“ drücken: Nur diese Noten werden erneut gesendet.</translation>
    </message>
    <message>
        <source>Requests: %1, time: %2 s.</source>
        <translation>Anfragen: %1, Zeit: %2 s.</translation>
    </message>
    <message>
        <source>&amp;Push Grades (%1)</source>
        <translation>Noten über&amp;tragen (%1)</translation>
    </message>
    <message>
        <source>&amp;Retry Failed (%1)</source>
        <translation>&amp;Fehlgeschlagene wiederholen (%1)</translation>
    </message>
    <message>
        <source>Send only the grades that resolved regrade requests changed since the last push; everyone else is skipped</source>
        <translation>Nur die Noten senden, die erledigte Anträge auf Neubewertung seit der letzten Übertragung geändert haben; alle anderen werden übersprungen</translation>
    </message>
    <message>
        <source>The regraded students could not be read.</source>
        <translation>Die neu bewerteten Studierenden konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Only &amp;regraded students (%1)</source>
        <translation>Nur &amp;neu bewertete Studierende (%1)</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::CanvasRosterDialog</name>
    <message>
        <source>Import Roster from Canvas</source>
        <translation>Teilnehmerliste aus Canvas importieren</translation>
    </message>
    <message>
        <source>&amp;Apply to Gradebook</source>
        <translation>Ins Notenbuch über&amp;nehmen</translation>
    </message>
    <message>
        <source>&amp;Fetch Again</source>
        <translation>&amp;Erneut abrufen</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Students and sections of Canvas course %1 at %2, compared with the gradebook. Nothing changes until you press Apply; students who left Canvas keep their grades and are marked inactive, never deleted.</source>
        <translation>Studierende und Abschnitte des Canvas-Kurses %1 auf %2, verglichen mit dem Notenbuch. Bis zum Klick auf „Ins Notenbuch übernehmen“ ändert sich nichts; Studierende, die Canvas verlassen haben, behalten ihre Noten und werden als inaktiv markiert, nie gelöscht.</translation>
    </message>
    <message>
        <source>An existing student of the gradebook, or a new hub username to add</source>
        <translation>Eine vorhandene Person aus dem Notenbuch oder ein neuer Hub-Benutzername zum Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Use Username</source>
        <translation>Benutzernamen ver&amp;wenden</translation>
    </message>
    <message>
        <source>S&amp;kip Student</source>
        <translation>Studierende übers&amp;pringen</translation>
    </message>
    <message>
        <source>Leave this Canvas student out of this import</source>
        <translation>Diese Person aus Canvas bei diesem Import auslassen</translation>
    </message>
    <message>
        <source>The identity rule in course.yaml found no hub username, or more than one, for these Canvas students. Pick the right username (or type a new one), or skip the student. Decisions are stored when you apply, and later imports remember them.</source>
        <translation>Die Identitätsregel in course.yaml hat für diese Canvas-Studierenden keinen oder mehr als einen Hub-Benutzernamen gefunden. Den richtigen Benutzernamen wählen (oder einen neuen eingeben) oder die Person überspringen. Die Entscheidungen werden beim Übernehmen gespeichert, und spätere Importe berücksichtigen sie.</translation>
    </message>
    <message>
        <source>Reading the roster from Canvas</source>
        <translation>Teilnehmerliste wird aus Canvas gelesen</translation>
    </message>
    <message>
        <source>This token cannot see the field the identity rule in course.yaml uses, so Canvas students cannot be matched by it. Use a teacher's token (Canvas ▸ Connect) or choose another identity rule, then fetch again.</source>
        <translation>Dieses Token kann das Feld, das die Identitätsregel in course.yaml verwendet, nicht sehen; Canvas-Studierende können darüber daher nicht zugeordnet werden. Ein Token einer Lehrperson verwenden (Canvas ▸ Verbinden) oder eine andere Identitätsregel wählen und dann erneut abrufen.</translation>
    </message>
    <message>
        <source>Fetching the roster was cancelled; nothing changed. Press Fetch Again to start over.</source>
        <translation>Das Abrufen der Teilnehmerliste wurde abgebrochen; es wurde nichts geändert. Auf „Erneut abrufen“ klicken, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Chan&amp;ges (%1)</source>
        <translation>Änderun&amp;gen (%1)</translation>
    </message>
    <message>
        <source>&amp;Identity Review (none needed)</source>
        <translation>&amp;Identitätsprüfung (keine nötig)</translation>
    </message>
    <message>
        <source>&amp;Identity Review (%1 to decide)</source>
        <translation>&amp;Identitätsprüfung (%1 zu entscheiden)</translation>
    </message>
    <message>
        <source>&amp;Identity Review (all decided)</source>
        <translation>&amp;Identitätsprüfung (alle entschieden)</translation>
    </message>
    <message>
        <source>No roster fetched.</source>
        <translation>Keine Teilnehmerliste abgerufen.</translation>
    </message>
    <message>
        <source>The changes below were applied to the gradebook.</source>
        <translation>Die unten aufgeführten Änderungen wurden ins Notenbuch übernommen.</translation>
    </message>
    <message>
        <source>Apply would add %1, drop %2 (kept with their grades, marked inactive), bring back %3, change the sections of %4 and the name or e-mail of %5; %6 unchanged.</source>
        <translation>Beim Übernehmen würden %1 hinzugefügt, %2 entfernt (mit ihren Noten behalten, als inaktiv markiert), %3 zurückgeholt, bei %4 die Abschnitte und bei %5 Name oder E-Mail-Adresse geändert; %6 unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere Person</numerusform>
            <numerusform>und %n weitere Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>In the gradebook but not in Canvas, never linked, left as they are: %1</source>
        <translation>Im Notenbuch, aber nicht in Canvas, nie verknüpft, unverändert gelassen: %1</translation>
    </message>
    <message>
        <source>&amp;Hub username:</source>
        <translation>&amp;Hub-Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Hub username for %1:</source>
        <translation>&amp;Hub-Benutzername für %1:</translation>
    </message>
    <message>
        <source>Apply Roster</source>
        <translation>Teilnehmerliste übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n Canvas student(s) have no hub username yet and will be left out of this import. Apply the other changes?</source>
        <translation>
            <numerusform>%n Canvas-Studierende/r hat noch keinen Hub-Benutzernamen und wird bei diesem Import ausgelassen. Die übrigen Änderungen übernehmen?</numerusform>
            <numerusform>%n Canvas-Studierende haben noch keinen Hub-Benutzernamen und werden bei diesem Import ausgelassen. Die übrigen Änderungen übernehmen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>The roster was not applied; the gradebook is unchanged.
%1</source>
        <translation>Die Teilnehmerliste wurde nicht übernommen; das Notenbuch ist unverändert.
%1</translation>
    </message>
    <message>
        <source>Roster applied: %1 added, %2 updated, %3 dropped (kept with their grades, marked inactive); %4 Canvas links stored for later imports.</source>
        <translation>Teilnehmerliste übernommen: %1 hinzugefügt, %2 aktualisiert, %3 entfernt (mit ihren Noten behalten, als inaktiv markiert); %4 Canvas-Verknüpfungen für spätere Importe gespeichert.</translation>
    </message>
    <message>
        <source>In Canvas: students %1, TAs %2, sections %3.</source>
        <translation>In Canvas: Studierende %1, Tutor/innen %2, Abschnitte %3.</translation>
    </message>
    <message>
        <source>The gradebook is up to date (unchanged: %1).</source>
        <translation>Das Notenbuch ist aktuell (unverändert: %1).</translation>
    </message>
    <message>
        <source>Still to decide in Identity Review: %1.</source>
        <translation>In der Identitätsprüfung noch zu entscheiden: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::CollectProgress</name>
    <message>
        <source>Collecting %v / %m</source>
        <translation>Einsammeln %v / %m</translation>
    </message>
    <message>
        <source>Collect cancelled. Nothing was changed; press Ctrl+R to start again.</source>
        <translation>Einsammeln abgebrochen. Es wurde nichts geändert; mit Strg+R erneut starten.</translation>
    </message>
    <message>
        <source>Collected: %1 new, %2 updated, %3 unchanged, %4 rescored.</source>
        <translation>Eingesammelt: %1 neu, %2 aktualisiert, %3 unverändert, %4 neu bewertet.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) — fix the files named below and collect again:</source>
        <translation>
            <numerusform>%n Problem – die unten genannten Dateien korrigieren und erneut einsammeln:</numerusform>
            <numerusform>%n Probleme – die unten genannten Dateien korrigieren und erneut einsammeln:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the log).</source>
        <translation>
            <numerusform>… und %n weiteres Problem (siehe Protokoll).</numerusform>
            <numerusform>… und %n weitere Probleme (siehe Protokoll).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n submission(s), every file's checksum verified;</source>
        <translation><numerusform>%n Abgabe heruntergeladen, Prüfsumme jeder Datei verifiziert;</numerusform><numerusform>%n Abgaben heruntergeladen, Prüfsumme jeder Datei verifiziert;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already here and unchanged on the server.</source>
        <translation><numerusform>%n bereits vorhanden und auf dem Server unverändert.</numerusform><numerusform>%n bereits vorhanden und auf dem Server unverändert.</numerusform></translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::ExchangeActions</name>
    <message>
        <source>E&amp;xchange</source>
        <translation>E&amp;xchange</translation>
    </message>
    <message>
        <source>&amp;Connect to ngshare…</source>
        <translation>Mit ngshare &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Roster…</source>
        <translation>&amp;Teilnehmerliste…</translation>
    </message>
    <message>
        <source>Release &amp;Assignment…</source>
        <translation>&amp;Aufgabe freigeben…</translation>
    </message>
    <message>
        <source>Release &amp;Feedback…</source>
        <translation>&amp;Feedback freigeben…</translation>
    </message>
    <message>
        <source>Open a course first</source>
        <translation>Zuerst einen Kurs öffnen</translation>
    </message>
    <message>
        <source>This course's exchange is its local course folder, where students fetch and submit directly; set an ngshare exchange in course.yaml to use this</source>
        <translation>Der Exchange dieses Kurses ist sein lokaler Kursordner, aus dem Studierende direkt abrufen und in den sie direkt abgeben; um diese Funktion zu nutzen, einen ngshare-Exchange in course.yaml festlegen</translation>
    </message>
    <message>
        <source>Enter the JupyterHub API token and test the connection to ngshare</source>
        <translation>Das JupyterHub-API-Token eingeben und die Verbindung zu ngshare testen</translation>
    </message>
    <message>
        <source>Compare the gradebook's students with ngshare's, then add or remove them</source>
        <translation>Die Studierenden des Notenbuchs mit denen auf ngshare vergleichen, dann hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>Generate the student version of an assignment and upload it to ngshare</source>
        <translation>Die Studierendenversion einer Aufgabe erzeugen und auf ngshare hochladen</translation>
    </message>
    <message>
        <source>Upload each student's feedback pages for the submission that was graded</source>
        <translation>Die Feedback-Seiten aller Studierenden für die bewertete Abgabe hochladen</translation>
    </message>
    <message>
        <source>Enter your JupyterHub API token to compare the roster with ngshare.</source>
        <translation>Das JupyterHub-API-Token eingeben, um die Teilnehmerliste mit ngshare zu vergleichen.</translation>
    </message>
    <message>
        <source>The hub refused the token. Paste a new one, save it, then compare again.</source>
        <translation>Der Hub hat das Token abgelehnt. Ein neues einfügen, speichern und dann erneut vergleichen.</translation>
    </message>
    <message>
        <source>Enter your JupyterHub API token to release assignments on ngshare.</source>
        <translation>Das JupyterHub-API-Token eingeben, um Aufgaben auf ngshare freizugeben.</translation>
    </message>
    <message>
        <source>The hub refused the token. Paste a new one, save it, then release again.</source>
        <translation>Der Hub hat das Token abgelehnt. Ein neues einfügen, speichern und dann erneut freigeben.</translation>
    </message>
    <message>
        <source>Enter your JupyterHub API token to upload feedback to ngshare.</source>
        <translation>Das JupyterHub-API-Token eingeben, um Feedback auf ngshare hochzuladen.</translation>
    </message>
    <message>
        <source>The hub refused the token. Paste a new one, save it, then upload again.</source>
        <translation>Der Hub hat das Token abgelehnt. Ein neues einfügen, speichern und dann erneut hochladen.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::ExchangeFeedbackDialog</name>
    <message>
        <source>&amp;Generate and Upload</source>
        <translation>&amp;Erzeugen und hochladen</translation>
    </message>
    <message>
        <source>C&amp;onnect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Release Feedback on ngshare</source>
        <translation>Feedback auf ngshare freigeben</translation>
    </message>
    <message>
        <source>Write the feedback pages into feedback/ and upload each student's pages for the submission that was graded</source>
        <translation>Die Feedback-Seiten in feedback/ schreiben und die Seiten aller Studierenden für die bewertete Abgabe hochladen</translation>
    </message>
    <message>
        <source>The gradebook's assignments could not be read.</source>
        <translation>Die Aufgaben des Notenbuchs konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>Each student gets the graded notebooks as HTML pages with scores, rubric items and comments, for the exact submission below. Uploading again replaces the earlier feedback.</source>
        <translation>Alle Studierenden erhalten die bewerteten Notebooks als HTML-Seiten mit Punkten, Kriterien und Kommentaren, und zwar für genau die unten angegebene Abgabe. Erneutes Hochladen ersetzt das frühere Feedback.</translation>
    </message>
    <message>
        <source>The gradebook has no assignment yet: collect submissions first.</source>
        <translation>Das Notenbuch enthält noch keine Aufgabe: zuerst Abgaben einsammeln.</translation>
    </message>
    <message>
        <source>The submissions of %1 could not be read.</source>
        <translation>Die Abgaben zu %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Nobody has submitted %1 yet.</source>
        <translation>Zu %1 hat noch niemand etwas abgegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) in the gradebook.</source>
        <translation>
            <numerusform>%n Abgabe im Notenbuch.</numerusform>
            <numerusform>%n Abgaben im Notenbuch.</numerusform>
        </translation>
    </message>
    <message>
        <source>The feedback pages of %1 could not be written; nothing was uploaded.</source>
        <translation>Die Feedback-Seiten zu %1 konnten nicht geschrieben werden; es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <source>Uploading feedback</source>
        <translation>Feedback wird hochgeladen</translation>
    </message>
    <message>
        <source>Upload cancelled. Some students may already have their feedback; press Generate and Upload again to send it to everyone.</source>
        <translation>Hochladen abgebrochen. Einige Studierende haben ihr Feedback möglicherweise schon; erneut „Erzeugen und hochladen“ drücken, um es an alle zu senden.</translation>
    </message>
    <message>
        <source>The feedback of %1 was not uploaded.</source>
        <translation>Das Feedback zu %1 wurde nicht hochgeladen.</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded the feedback of %n submission(s)</source>
        <translation>
            <numerusform>Feedback zu %n Abgabe hochgeladen</numerusform>
            <numerusform>Feedback zu %n Abgaben hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n page(s)).</source>
        <translation>
            <numerusform> (%n Seite).</numerusform>
            <numerusform> (%n Seiten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) got no feedback: the Result column says why.</source>
        <translation>
            <numerusform>%n Studierende/r hat kein Feedback erhalten: Die Spalte „Ergebnis“ nennt den Grund.</numerusform>
            <numerusform>%n Studierende haben kein Feedback erhalten: Die Spalte „Ergebnis“ nennt den Grund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::ExchangeInstructorsPanel</name>
    <message>
        <source>A&amp;dd Instructor</source>
        <translation>Lehrende &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Instructor…</source>
        <translation>Lehrende &amp;entfernen…</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Lehrende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Hub username</source>
        <translation>Hub-Benutzername</translation>
    </message>
    <message>
        <source>Remove the selected instructor (their own submissions stay on ngshare)</source>
        <translation>Ausgewählte Lehrende entfernen (deren eigene Abgaben bleiben auf ngshare)</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Only ngshare administrators may add or remove instructors. An administrator keeps access to every course, so removing yourself does not lock you out.</source>
        <translation>Nur ngshare-Administrator/innen können Lehrende hinzufügen oder entfernen. Administrator/innen behalten Zugriff auf jeden Kurs, das Entfernen des eigenen Kontos sperrt also nicht aus.</translation>
    </message>
    <message>
        <source>Reading the instructors from ngshare</source>
        <translation>Lehrende werden von ngshare gelesen</translation>
    </message>
    <message>
        <source>The instructors could not be read from ngshare.</source>
        <translation>Die Lehrenden konnten nicht von ngshare gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is not a hub username: usernames have no slashes or control characters. Nothing was sent.</source>
        <translation>„%1“ ist kein Hub-Benutzername: Benutzernamen enthalten keine Schrägstriche oder Steuerzeichen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 already teaches the course: nothing was changed.</source>
        <translation>%1 unterrichtet den Kurs bereits: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Adding %1 as an instructor</source>
        <translation>%1 wird als Lehrende/r hinzugefügt</translation>
    </message>
    <message>
        <source>Added %1 as an instructor.</source>
        <translation>%1 wurde als Lehrende/r hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 was not added as an instructor.</source>
        <translation>%1 wurde nicht als Lehrende/r hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove Instructor</source>
        <translation>Lehrende entfernen</translation>
    </message>
    <message>
        <source>Remove %1 as an instructor of %2 on ngshare? Their own submissions stay.</source>
        <translation>%1 als Lehrende/n von %2 auf ngshare entfernen? Die eigenen Abgaben der Person bleiben erhalten.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>%1 wird entfernt</translation>
    </message>
    <message>
        <source>Removed %1 as an instructor.</source>
        <translation>%1 wurde als Lehrende/r entfernt.</translation>
    </message>
    <message>
        <source>%1 was not removed.</source>
        <translation>%1 wurde nicht entfernt.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::ExchangeReleaseDialog</name>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Re&amp;place Release…</source>
        <translation>Freigabe &amp;ersetzen…</translation>
    </message>
    <message>
        <source>C&amp;onnect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Release Assignment on ngshare</source>
        <translation>Aufgabe auf ngshare freigeben</translation>
    </message>
    <message>
        <source>Generate the student version if needed and upload it to ngshare</source>
        <translation>Bei Bedarf die Studierendenversion erzeugen und auf ngshare hochladen</translation>
    </message>
    <message>
        <source>Remove the earlier release and release again (only while nobody has submitted)</source>
        <translation>Die frühere Freigabe entfernen und erneut freigeben (nur solange noch niemand abgegeben hat)</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>In the course folder:</source>
        <translation>Im Kursordner:</translation>
    </message>
    <message>
        <source>On ngshare:</source>
        <translation>Auf ngshare:</translation>
    </message>
    <message>
        <source>Students fetch a released assignment from ngshare. ngshare cannot update a release: check the student version in release/ before you press Release.</source>
        <translation>Studierende rufen eine freigegebene Aufgabe von ngshare ab. ngshare kann eine Freigabe nicht aktualisieren: Vor dem Drücken von „Freigeben“ die Studierendenversion in release/ prüfen.</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>No assignment found in source/ or course.yaml.</source>
        <translation>Keine Aufgabe in source/ oder course.yaml gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>release/%1 holds the student version (%n file(s)); it is uploaded as it is.</source>
        <translation>
            <numerusform>release/%1 enthält die Studierendenversion (%n Datei); sie wird unverändert hochgeladen.</numerusform>
            <numerusform>release/%1 enthält die Studierendenversion (%n Dateien); sie wird unverändert hochgeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>release/%1 does not exist yet: it is generated from source/%1 first.</source>
        <translation>release/%1 existiert noch nicht: Es wird zuerst aus source/%1 erzeugt.</translation>
    </message>
    <message>
        <source>Neither source/%1 nor release/%1 exists: there is nothing to release.</source>
        <translation>Weder source/%1 noch release/%1 existiert: Es gibt nichts freizugeben.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Unbekannt: %1</translation>
    </message>
    <message>
        <source>Not released yet.</source>
        <translation>Noch nicht freigegeben.</translation>
    </message>
    <message>
        <source>Released; nobody has submitted it yet, so it can still be replaced (Replace Release).</source>
        <translation>Freigegeben; bisher hat niemand etwas abgegeben, daher kann die Freigabe noch ersetzt werden („Freigabe ersetzen“).</translation>
    </message>
    <message numerus="yes">
        <source>Released, with %n submission(s). ngshare cannot update it any more.</source>
        <translation>
            <numerusform>Freigegeben, mit %n Abgabe. ngshare kann die Freigabe nicht mehr aktualisieren.</numerusform>
            <numerusform>Freigegeben, mit %n Abgaben. ngshare kann die Freigabe nicht mehr aktualisieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The student version of %1 could not be generated.</source>
        <translation>Die Studierendenversion von %1 konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>Generated release/%1 from source/%1 (%2).</source>
        <translation>release/%1 wurde aus source/%1 erzeugt (%2).</translation>
    </message>
    <message>
        <source>Replace Release</source>
        <translation>Freigabe ersetzen</translation>
    </message>
    <message>
        <source>Remove the release of %1 from ngshare and release it again? Students who already fetched it keep the old version until they fetch again.</source>
        <translation>Die Freigabe von %1 auf ngshare entfernen und erneut freigeben? Studierende, die die Aufgabe bereits abgerufen haben, behalten die alte Version, bis sie sie erneut abrufen.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>%1 wird hochgeladen</translation>
    </message>
    <message numerus="yes">
        <source>Released %1 on ngshare%2: %n file(s), %3 KiB. Students can fetch it now.</source>
        <translation>
            <numerusform>%1 wurde auf ngshare freigegeben%2: %n Datei, %3 KiB. Studierende können die Aufgabe jetzt abrufen.</numerusform>
            <numerusform>%1 wurde auf ngshare freigegeben%2: %n Dateien, %3 KiB. Studierende können die Aufgabe jetzt abrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source> (replacing the earlier release)</source>
        <translation> (ersetzt die frühere Freigabe)</translation>
    </message>
    <message>
        <source>Release cancelled. Check the state below before releasing again.</source>
        <translation>Freigabe abgebrochen. Vor einer erneuten Freigabe den Stand unten prüfen.</translation>
    </message>
    <message>
        <source>%1 is already released on ngshare, and ngshare cannot update a release. If nobody has submitted it yet, Replace Release removes it and releases it again.</source>
        <translation>%1 ist bereits auf ngshare freigegeben, und ngshare kann eine Freigabe nicht aktualisieren. Hat noch niemand etwas abgegeben, entfernt „Freigabe ersetzen“ die Freigabe und gibt die Aufgabe erneut frei.</translation>
    </message>
    <message>
        <source>%1 was not released.</source>
        <translation>%1 wurde nicht freigegeben.</translation>
    </message>
    <message>
        <source>Already released: ngshare refuses to release it again</source>
        <translation>Bereits freigegeben: ngshare lehnt eine erneute Freigabe ab</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::ExchangeRosterDialog</name>
    <message>
        <source>&amp;Compare Again</source>
        <translation>&amp;Erneut vergleichen</translation>
    </message>
    <message>
        <source>&amp;Apply Changes…</source>
        <translation>Änderungen &amp;übernehmen…</translation>
    </message>
    <message>
        <source>C&amp;onnect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>ngshare Roster — %1</source>
        <translation>ngshare-Teilnehmerliste — %1</translation>
    </message>
    <message>
        <source>Read ngshare's roster again and compare it with the gradebook's</source>
        <translation>Die Teilnehmerliste von ngshare erneut lesen und mit der des Notenbuchs vergleichen</translation>
    </message>
    <message>
        <source>Add, update and remove the checked students on ngshare</source>
        <translation>Die angehakten Studierenden auf ngshare hinzufügen, aktualisieren und entfernen</translation>
    </message>
    <message>
        <source>Enter a new hub token</source>
        <translation>Ein neues Hub-Token eingeben</translation>
    </message>
    <message>
        <source>The gradebook's students compared with the students of %1 on ngshare. Nothing changes until you press Apply. Space ticks or unticks the current row; removed students keep their submissions on ngshare.</source>
        <translation>Die Studierenden des Notenbuchs, verglichen mit den Studierenden von %1 auf ngshare. Bis zum Klick auf „Übernehmen“ ändert sich nichts. Die Leertaste hakt die aktuelle Zeile an oder ab; entfernte Studierende behalten ihre Abgaben auf ngshare.</translation>
    </message>
    <message>
        <source>Reading the roster from ngshare</source>
        <translation>Teilnehmerliste wird von ngshare gelesen</translation>
    </message>
    <message>
        <source>Comparing was cancelled. Press Compare Again to start over.</source>
        <translation>Das Vergleichen wurde abgebrochen. Auf „Erneut vergleichen“ klicken, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>ngshare's roster could not be read.</source>
        <translation>Die Teilnehmerliste von ngshare konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 only on ngshare, %4 dropped in the gradebook, %5 unchanged.</source>
        <translation>%1 hinzuzufügen, %2 zu aktualisieren, %3 nur auf ngshare, %4 im Notenbuch ausgetragen, %5 unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n gradebook student(s) teach the course on ngshare and cannot be enrolled.</source>
        <translation>
            <numerusform>%n Person aus dem Notenbuch unterrichtet den Kurs auf ngshare und kann nicht eingeschrieben werden.</numerusform>
            <numerusform>%n Personen aus dem Notenbuch unterrichten den Kurs auf ngshare und können nicht eingeschrieben werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ngshare's roster matches the gradebook: %n student(s), nothing to change.</source>
        <translation>
            <numerusform>Die Teilnehmerliste von ngshare stimmt mit dem Notenbuch überein: %n Studierende/r, nichts zu ändern.</numerusform>
            <numerusform>Die Teilnehmerliste von ngshare stimmt mit dem Notenbuch überein: %n Studierende, nichts zu ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the roster of %1 on ngshare?</source>
        <translation>Die Teilnehmerliste von %1 auf ngshare ändern?</translation>
    </message>
    <message numerus="yes">
        <source>Add or update %n student(s).</source>
        <translation>
            <numerusform>%n Studierende/n hinzufügen oder aktualisieren.</numerusform>
            <numerusform>%n Studierende hinzufügen oder aktualisieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n student(s): %1. They can no longer fetch or submit; their submissions stay on ngshare.</source>
        <translation>
            <numerusform>%n Studierende/n entfernen: %1. Diese Person kann nichts mehr abrufen oder abgeben; ihre Abgaben bleiben auf ngshare.</numerusform>
            <numerusform>%n Studierende entfernen: %1. Diese Personen können nichts mehr abrufen oder abgeben; ihre Abgaben bleiben auf ngshare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Roster Changes</source>
        <translation>Änderungen an der Teilnehmerliste übernehmen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n student(s)</source>
        <translation>
            <numerusform>%n Studierende/r wird hinzugefügt</numerusform>
            <numerusform>%n Studierende werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>ngshare did not accept the students.</source>
        <translation>ngshare hat die Studierenden nicht angenommen.</translation>
    </message>
    <message>
        <source>Removing %1 (%2 of %3)</source>
        <translation>%1 wird entfernt (%2 von %3)</translation>
    </message>
    <message>
        <source>ngshare refused the token while removing students.</source>
        <translation>ngshare hat das Token beim Entfernen von Studierenden abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n change(s). The Result column shows what was done; press Compare Again to see what is left.</source>
        <translation>
            <numerusform>Nach %n Änderung angehalten. Die Spalte „Ergebnis“ zeigt, was erledigt wurde; auf „Erneut vergleichen“ klicken, um zu sehen, was noch aussteht.</numerusform>
            <numerusform>Nach %n Änderungen angehalten. Die Spalte „Ergebnis“ zeigt, was erledigt wurde; auf „Erneut vergleichen“ klicken, um zu sehen, was noch aussteht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 changes failed: the Result column says why. Fix them and press Compare Again.</source>
        <translation>%1 von %2 Änderungen sind fehlgeschlagen: Die Spalte „Ergebnis“ nennt den Grund. Die Fehler beheben und auf „Erneut vergleichen“ klicken.</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s) on ngshare. Press Compare Again to check.</source>
        <translation>
            <numerusform>%n Änderung auf ngshare angewendet. Zum Prüfen auf „Erneut vergleichen“ klicken.</numerusform>
            <numerusform>%n Änderungen auf ngshare angewendet. Zum Prüfen auf „Erneut vergleichen“ klicken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Change(s)…</source>
        <translation>
            <numerusform>%n Änderung &amp;übernehmen…</numerusform>
            <numerusform>%n Änderungen &amp;übernehmen…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>&amp;Studierende</translation>
    </message>
    <message>
        <source>&amp;Instructors</source>
        <translation>&amp;Lehrende</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::GradingHelpOverlay</name>
    <message>
        <source>Grading keys</source>
        <translation>Bewertungstasten</translation>
    </message>
    <message>
        <source>Keys do nothing while you type in a text field. F1, ? or Esc closes this list.</source>
        <translation>Während der Eingabe in ein Textfeld haben die Tasten keine Wirkung. F1, ? oder Esc schließt diese Liste.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::GradingQueuePanel</name>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Mischen</translation>
    </message>
    <message>
        <source>The assignment to grade</source>
        <translation>Die zu bewertende Aufgabe</translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>Keine Gruppen</translation>
    </message>
    <message>
        <source>Group same code</source>
        <translation>Gleichen Code gruppieren</translation>
    </message>
    <message>
        <source>Group same output</source>
        <translation>Gleiche Ausgabe gruppieren</translation>
    </message>
    <message>
        <source>Answers with the same code (comments and spacing ignored) or the same output form a group; Shift+key grades the whole group</source>
        <translation>Antworten mit gleichem Code (Kommentare und Leerraum werden ignoriert) oder gleicher Ausgabe bilden eine Gruppe; Umschalt+Taste bewertet die ganze Gruppe</translation>
    </message>
    <message>
        <source>Which answers the queue shows</source>
        <translation>Welche Antworten die Warteschlange anzeigt</translation>
    </message>
    <message>
        <source>Show pseudonyms instead of names. Turning this off is recorded in the audit log; R reveals one name.</source>
        <translation>Pseudonyme statt Namen anzeigen. Das Ausschalten wird im Prüfprotokoll vermerkt; R deckt einen einzelnen Namen auf.</translation>
    </message>
    <message>
        <source>Grade in an order of your own (the same every time), so graders sharing a question do not meet</source>
        <translation>In einer eigenen Reihenfolge bewerten (jedes Mal dieselbe), damit sich Bewertende derselben Teilaufgabe nicht begegnen</translation>
    </message>
    <message>
        <source>Jump to student ( / )</source>
        <translation>Zu Studierenden springen ( / )</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Teilaufgaben</translation>
    </message>
    <message>
        <source>Assignment:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Alle Antworten</translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>Zur Überprüfung markiert</translation>
    </message>
    <message>
        <source>Full marks</source>
        <translation>Volle Punktzahl</translation>
    </message>
    <message>
        <source>Partial credit</source>
        <translation>Teilpunkte</translation>
    </message>
    <message>
        <source>Zero points</source>
        <translation>Null Punkte</translation>
    </message>
    <message>
        <source>With “%1”</source>
        <translation>Mit „%1“</translation>
    </message>
    <message>
        <source>Assignment: %1 of %2 answers graded</source>
        <translation>Aufgabe: %1 von %2 Antworten bewertet</translation>
    </message>
    <message>
        <source> · waiting for a manual grade: %1</source>
        <translation> · ausstehende manuelle Bewertungen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 graded</source>
        <translation>%1 von %2 bewertet</translation>
    </message>
    <message>
        <source> · shown: %1</source>
        <translation> · angezeigt: %1</translation>
    </message>
    <message>
        <source>Reading answers for grouping: %1 of %2</source>
        <translation>Antworten werden zum Gruppieren gelesen: %1 von %2</translation>
    </message>
    <message>
        <source>Regrade requests only</source>
        <translation>Nur Anträge auf Neubewertung</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::GradingView</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>No student matches “%1”.</source>
        <translation>Keine Studierenden gefunden, die „%1“ entsprechen.</translation>
    </message>
    <message>
        <source>No question selected</source>
        <translation>Keine Teilaufgabe ausgewählt</translation>
    </message>
    <message>
        <source>Choose a question on the left.</source>
        <translation>Links eine Teilaufgabe auswählen.</translation>
    </message>
    <message>
        <source>No course open</source>
        <translation>Kein Kurs geöffnet</translation>
    </message>
    <message>
        <source>This assignment cannot be graded yet</source>
        <translation>Diese Aufgabe kann noch nicht bewertet werden</translation>
    </message>
    <message>
        <source>See the message above the window.</source>
        <translation>Siehe die Meldung oberhalb des Fensters.</translation>
    </message>
    <message>
        <source>Nothing to grade in %1</source>
        <translation>In %1 gibt es nichts zu bewerten</translation>
    </message>
    <message>
        <source>The assignment has no graded cells, or no submissions were collected yet.</source>
        <translation>Die Aufgabe hat keine bewerteten Zellen, oder es wurden noch keine Abgaben eingesammelt.</translation>
    </message>
    <message>
        <source>%1 · %2 pt</source>
        <translation>%1 · %2 Pkt.</translation>
    </message>
    <message>
        <source>No answers to show</source>
        <translation>Keine Antworten anzuzeigen</translation>
    </message>
    <message>
        <source>Nobody has handed in this question yet.</source>
        <translation>Zu dieser Teilaufgabe hat noch niemand etwas abgegeben.</translation>
    </message>
    <message>
        <source>No answer matches the filter. Choose “All answers” above the queue.</source>
        <translation>Keine Antwort entspricht dem Filter. Oberhalb der Warteschlange „Alle Antworten“ wählen.</translation>
    </message>
    <message>
        <source>No answer selected</source>
        <translation>Keine Antwort ausgewählt</translation>
    </message>
    <message>
        <source>Choose an answer in the queue.</source>
        <translation>Eine Antwort in der Warteschlange auswählen.</translation>
    </message>
    <message>
        <source>No rubric item has the key %1. Press E to edit the rubric.</source>
        <translation>Kein Kriterium hat die Taste %1. E drücken, um das Bewertungsschema zu bearbeiten.</translation>
    </message>
    <message>
        <source>This is the last answer in the queue.</source>
        <translation>Dies ist die letzte Antwort in der Warteschlange.</translation>
    </message>
    <message>
        <source>This is the first answer in the queue.</source>
        <translation>Dies ist die erste Antwort in der Warteschlange.</translation>
    </message>
    <message>
        <source>Every answer in the queue is graded (or open by another grader).</source>
        <translation>Alle Antworten in der Warteschlange sind bewertet (oder von anderen Bewertenden geöffnet).</translation>
    </message>
    <message>
        <source>This answer is not in a group. Group answers above the queue first.</source>
        <translation>Diese Antwort gehört zu keiner Gruppe. Zuerst oberhalb der Warteschlange Antworten gruppieren.</translation>
    </message>
    <message>
        <source>Every answer of this question is graded.</source>
        <translation>Alle Antworten dieser Teilaufgabe sind bewertet.</translation>
    </message>
    <message>
        <source>Reveal Name</source>
        <translation>Namen aufdecken</translation>
    </message>
    <message>
        <source>Show the real name of %1?

Anonymous grading keeps grading fair. Revealing is recorded in the course's audit log with your name.</source>
        <translation>Den echten Namen von %1 anzeigen?

Anonymes Bewerten sorgt für eine faire Bewertung. Das Aufdecken wird mit dem eigenen Namen im Prüfprotokoll des Kurses vermerkt.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <source>Show All Names</source>
        <translation>Alle Namen anzeigen</translation>
    </message>
    <message>
        <source>Show every student's real name for this assignment?

This is recorded in the course's audit log with your name.</source>
        <translation>Die echten Namen aller Studierenden für diese Aufgabe anzeigen?

Dies wird mit dem eigenen Namen im Prüfprotokoll des Kurses vermerkt.</translation>
    </message>
    <message>
        <source>Show Names</source>
        <translation>Namen anzeigen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Who changed this answer, when, and from what to what (Ctrl+H)</source>
        <translation>Wer diese Antwort wann und von was zu was geändert hat (Strg+H)</translation>
    </message>
    <message>
        <source>1–9 apply items · Enter confirm and next · J/K next/previous · N next ungraded · F flag · C comment · / jump · Ctrl+Z undo · Ctrl+H history · F1 all keys</source>
        <translation>1–9 Kriterien anwenden · Enter bestätigen und weiter · J/K nächste/vorherige · N nächste unbewertete · F markieren · C Kommentar · / springen · Strg+Z rückgängig · Strg+H Verlauf · F1 alle Tasten</translation>
    </message>
    <message>
        <source>Another grader</source>
        <translation>Andere bewertende Person</translation>
    </message>
    <message>
        <source>Another Grader Changed This Answer</source>
        <translation>Eine andere bewertende Person hat diese Antwort geändert</translation>
    </message>
    <message>
        <source>%1 changed this answer while you were working on it. Nothing was overwritten: the answer shows their change now.</source>
        <translation>%1 hat diese Antwort während der eigenen Bearbeitung geändert. Es wurde nichts überschrieben: Die Antwort zeigt jetzt die fremde Änderung.</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Fremde Änderung</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>Fremde Änderung (%1)</translation>
    </message>
    <message>
        <source>Changed: %1

%2:  %3
Yours:  %4

Keep their value, or replace it with yours?</source>
        <translation>Geändert: %1

%2:  %3
Eigene:  %4

Fremden Wert behalten oder durch den eigenen ersetzen?</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Fremde Änderung behalten</translation>
    </message>
    <message>
        <source>Use Mine</source>
        <translation>Meine verwenden</translation>
    </message>
    <message>
        <source>Your value replaced the other grader's.</source>
        <translation>Der eigene Wert hat den der anderen bewertenden Person ersetzt.</translation>
    </message>
    <message>
        <source>Kept the other grader's value.</source>
        <translation>Der Wert der anderen bewertenden Person wurde behalten.</translation>
    </message>
    <message>
        <source>Reading the history failed</source>
        <translation>Der Verlauf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History of %1 · %2</source>
        <translation>Verlauf von %1 · %2</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::MainWindow</name>
    <message>
        <source>GradeDesk</source>
        <translation>GradeDesk</translation>
    </message>
    <message>
        <source>The assignment list could not be updated.</source>
        <translation>Die Aufgabenliste konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>The submission list could not be updated.</source>
        <translation>Die Abgabenliste konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>&amp;Open Course…</source>
        <translation>&amp;Kurs öffnen…</translation>
    </message>
    <message>
        <source>&amp;Close Course</source>
        <translation>Kurs &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Collect Submissions</source>
        <translation>Abgaben &amp;einsammeln</translation>
    </message>
    <message>
        <source>Import new and updated submissions from the exchange (Ctrl+R)</source>
        <translation>Neue und aktualisierte Abgaben aus dem Exchange importieren (Strg+R)</translation>
    </message>
    <message>
        <source>C&amp;ancel Collect</source>
        <translation>Einsammeln a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Submissions</source>
        <translation>A&amp;bgaben</translation>
    </message>
    <message>
        <source>&amp;Notebook</source>
        <translation>&amp;Notebook</translation>
    </message>
    <message>
        <source>&amp;Filter Students</source>
        <translation>Studierende &amp;filtern</translation>
    </message>
    <message>
        <source>Ne&amp;xt Student</source>
        <translation>Nächs&amp;ter Studierender</translation>
    </message>
    <message>
        <source>&amp;Previous Student</source>
        <translation>&amp;Vorheriger Studierender</translation>
    </message>
    <message>
        <source>Next Note&amp;book</source>
        <translation>Nächstes Noteboo&amp;k</translation>
    </message>
    <message>
        <source>Previous Notebo&amp;ok</source>
        <translation>Vorh&amp;eriges Notebook</translation>
    </message>
    <message>
        <source>&amp;About GradeDesk</source>
        <translation>Über &amp;GradeDesk</translation>
    </message>
    <message>
        <source>The assignment list could not be reloaded.</source>
        <translation>Die Aufgabenliste konnte nicht neu geladen werden.</translation>
    </message>
    <message>
        <source>The submission list could not be reloaded.</source>
        <translation>Die Abgabenliste konnte nicht neu geladen werden.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zuletzt &amp;geöffnet</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Kurs</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Filter students (Ctrl+F)</source>
        <translation>Studierende filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Code is shown without colours: %1</source>
        <translation>Code wird ohne Farben angezeigt: %1</translation>
    </message>
    <message>
        <source>Collecting submissions failed.</source>
        <translation>Das Einsammeln der Abgaben ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A collect is running. Wait for it to finish or cancel it (Esc) first.</source>
        <translation>Es werden gerade Abgaben eingesammelt. Warten, bis der Vorgang abgeschlossen ist, oder ihn zuerst abbrechen (Esc).</translation>
    </message>
    <message>
        <source>The course “%1” could not be opened.</source>
        <translation>Der Kurs „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 — GradeDesk</source>
        <translation>%1 – GradeDesk</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The course file has settings GradeDesk ignores:
%1</source>
        <translation>Die Kursdatei enthält Einstellungen, die GradeDesk ignoriert:
%1</translation>
    </message>
    <message>
        <source>The course's assignments could not be read.</source>
        <translation>Die Aufgaben des Kurses konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No submission selected</source>
        <translation>Keine Abgabe ausgewählt</translation>
    </message>
    <message>
        <source>Open Course</source>
        <translation>Kurs öffnen</translation>
    </message>
    <message>
        <source>Course files (course.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Kursdateien (course.yaml *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The submissions of %1 could not be read.</source>
        <translation>Die Abgaben zu %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Choose a student in the list to see their notebook.</source>
        <translation>In der Liste eine Person auswählen, um ihr Notebook anzuzeigen.</translation>
    </message>
    <message>
        <source>Submissions cannot be collected for this course.</source>
        <translation>Für diesen Kurs können keine Abgaben eingesammelt werden.</translation>
    </message>
    <message>
        <source>Collecting submissions…</source>
        <translation>Abgaben werden eingesammelt…</translation>
    </message>
    <message>
        <source>No course open</source>
        <translation>Kein Kurs geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n assignment(s)</source>
        <translation>
            <numerusform>%1 · %n Aufgabe</numerusform>
            <numerusform>%1 · %n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n submission(s)</source>
        <translation>
            <numerusform> · %n Abgabe</numerusform>
            <numerusform> · %n Abgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n to grade by hand</source>
        <translation>
            <numerusform> · %n von Hand zu bewerten</numerusform>
            <numerusform> · %n von Hand zu bewerten</numerusform>
        </translation>
    </message>
    <message>
        <source>No course open.

File &gt; Open Course (Ctrl+O) opens a course.yaml,
or run “gradedesk-cli demo DIR” to create a demo course.</source>
        <translation>Kein Kurs geöffnet.

Datei &gt; Kurs öffnen (Strg+O) öffnet eine course.yaml,
oder mit „gradedesk-cli demo DIR“ einen Demokurs erstellen.</translation>
    </message>
    <message>
        <source>No submissions collected yet.

Press Ctrl+R (Course &gt; Collect Submissions) to import them from
%1</source>
        <translation>Noch keine Abgaben eingesammelt.

Mit Strg+R (Kurs &gt; Abgaben einsammeln) werden sie importiert aus
%1</translation>
    </message>
    <message>
        <source>No submissions for this assignment yet.

Press Ctrl+R to collect again.</source>
        <translation>Noch keine Abgaben für diese Aufgabe.

Mit Strg+R erneut einsammeln.</translation>
    </message>
    <message>
        <source>No student matches “%1”.</source>
        <translation>Keine Studierenden gefunden, die „%1“ entsprechen.</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Noch nichts anzuzeigen</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>The notebook links to
%1

Open it in your web browser? Links in student work can lead anywhere.</source>
        <translation>Das Notebook verweist auf
%1

Im Webbrowser öffnen? Links in Arbeiten von Studierenden können überallhin führen.</translation>
    </message>
    <message>
        <source>About GradeDesk</source>
        <translation>Über GradeDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GradeDesk %1&lt;/h3&gt;&lt;p&gt;A grading console for Jupyter-notebook courses (nbgrader layout).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GradeDesk %1&lt;/h3&gt;&lt;p&gt;Eine Bewertungskonsole für Jupyter-Notebook-Kurse (nbgrader-Struktur).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent courses</source>
        <translation>Keine zuletzt geöffneten Kurse</translation>
    </message>
    <message>
        <source>&amp;Export Feedback…</source>
        <translation>&amp;Feedback exportieren…</translation>
    </message>
    <message>
        <source>Write each student's feedback (scores, rubric items, comments) as HTML pages into a folder</source>
        <translation>Das Feedback aller Studierenden (Punkte, Kriterien, Kommentare) als HTML-Seiten in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>&amp;Grade by Question</source>
        <translation>Nach &amp;Teilaufgabe bewerten</translation>
    </message>
    <message>
        <source>Grade one question across all submissions (Ctrl+G switches back)</source>
        <translation>Eine Teilaufgabe über alle Abgaben hinweg bewerten (Strg+G schaltet zurück)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>G&amp;rade</source>
        <translation>Be&amp;werten</translation>
    </message>
    <message>
        <source>Confirm and Next Ungraded</source>
        <translation>Bestätigen und nächste unbewertete</translation>
    </message>
    <message>
        <source>Next Answer</source>
        <translation>Nächste Antwort</translation>
    </message>
    <message>
        <source>Previous Answer</source>
        <translation>Vorherige Antwort</translation>
    </message>
    <message>
        <source>Next Ungraded Answer</source>
        <translation>Nächste unbewertete Antwort</translation>
    </message>
    <message>
        <source>Jump to Student…</source>
        <translation>Zu Studierenden springen…</translation>
    </message>
    <message>
        <source>Flag for Review</source>
        <translation>Zur Überprüfung markieren</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>Adjust Points</source>
        <translation>Punkte korrigieren</translation>
    </message>
    <message>
        <source>Reveal Student Name…</source>
        <translation>Namen der Person aufdecken…</translation>
    </message>
    <message>
        <source>Split Answer from Its Group</source>
        <translation>Antwort aus ihrer Gruppe lösen</translation>
    </message>
    <message>
        <source>Edit Rubric…</source>
        <translation>Bewertungsschema bearbeiten…</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Statistik…</translation>
    </message>
    <message>
        <source>Grading Keys</source>
        <translation>Bewertungstasten</translation>
    </message>
    <message>
        <source>Export Feedback for %1</source>
        <translation>Feedback für %1 exportieren</translation>
    </message>
    <message>
        <source>The feedback for %1 could not be written.</source>
        <translation>Das Feedback für %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Feedback for %1: %2 pages written to %3 (one folder per student).</source>
        <translation>Feedback für %1: %2 Seiten nach %3 geschrieben (ein Ordner pro Person).</translation>
    </message>
    <message>
        <source>Enter your JupyterHub API token to collect submissions from ngshare.</source>
        <translation>Das JupyterHub-API-Token eingeben, um Abgaben von ngshare einzusammeln.</translation>
    </message>
    <message>
        <source>Close &amp;Window</source>
        <translation>&amp;Fenster schließen</translation>
    </message>
    <message>
        <source>Reading the gradebook password from the keychain…</source>
        <translation>Das Notenbuch-Passwort wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The server refused this password. Check it and try again.</source>
        <translation>Der Server hat dieses Passwort abgelehnt. Das Passwort prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The gradebook password is stored in the system keychain.</source>
        <translation>Das Notenbuch-Passwort ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The gradebook password could not be stored in the keychain: %1
GradeDesk uses it until it quits and asks again next time.</source>
        <translation>Das Notenbuch-Passwort konnte nicht im Schlüsselbund gespeichert werden: %1
GradeDesk verwendet es bis zum Beenden und fragt beim nächsten Mal erneut.</translation>
    </message>
    <message>
        <source>Gradebook Password</source>
        <translation>Notenbuch-Passwort</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>The gradebook of %1 is the PostgreSQL database “%2” on %3. Enter the password of the database user “%4” to open it.</source>
        <translation>Das Notenbuch von %1 ist die PostgreSQL-Datenbank „%2“ auf %3. Zum Öffnen das Passwort des Datenbankbenutzers „%4“ eingeben.</translation>
    </message>
    <message>
        <source>Save in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain, never in files or settings, so GradeDesk does not ask again.</source>
        <translation>Das Passwort im Schlüsselbund des Systems aufbewahren, nie in Dateien oder Einstellungen, damit GradeDesk nicht erneut fragt.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>The course was not opened: its gradebook needs the password.</source>
        <translation>Der Kurs wurde nicht geöffnet: Sein Notenbuch benötigt das Passwort.</translation>
    </message>
    <message>
        <source>Lost the connection to the gradebook server. Changes are not saved until it is back; GradeDesk is reconnecting…</source>
        <translation>Verbindung zum Notenbuch-Server verloren. Änderungen werden erst gespeichert, wenn sie wiederhergestellt ist; GradeDesk verbindet sich neu…</translation>
    </message>
    <message>
        <source>Reconnect Now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>The gradebook server is back; everything shown was read again.</source>
        <translation>Der Notenbuch-Server ist wieder erreichbar; alle angezeigten Daten wurden neu gelesen.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::NgshareConnectionDialog</name>
    <message>
        <source>Check your network connection and the hub address in course.yaml, then test again.</source>
        <translation>Die Netzwerkverbindung und die Hub-Adresse in course.yaml prüfen, dann erneut testen.</translation>
    </message>
    <message>
        <source>Check that the address starts with https:// and that the hub's certificate is trusted on this computer.</source>
        <translation>Prüfen, ob die Adresse mit https:// beginnt und ob dem Zertifikat des Hubs auf diesem Computer vertraut wird.</translation>
    </message>
    <message>
        <source>Check the prefix in course.yaml (usually /services/ngshare).</source>
        <translation>Das Präfix in course.yaml prüfen (meist /services/ngshare).</translation>
    </message>
    <message>
        <source>Paste the new token above, press Save Token and test again.</source>
        <translation>Oben das neue Token einfügen, „Token speichern“ drücken und erneut testen.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Not connected: the hub address is not secure.</source>
        <translation>Nicht verbunden: Die Hub-Adresse ist nicht sicher.</translation>
    </message>
    <message>
        <source>The hub could not be reached.</source>
        <translation>Der Hub ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The secure connection to the hub failed (TLS).</source>
        <translation>Die sichere Verbindung zum Hub ist fehlgeschlagen (TLS).</translation>
    </message>
    <message>
        <source>No ngshare answers at this address.</source>
        <translation>Unter dieser Adresse antwortet kein ngshare.</translation>
    </message>
    <message>
        <source>The hub refused the token (wrong or expired).</source>
        <translation>Der Hub hat das Token abgelehnt (falsch oder abgelaufen).</translation>
    </message>
    <message>
        <source>The course was not found on ngshare.</source>
        <translation>Der Kurs wurde auf ngshare nicht gefunden.</translation>
    </message>
    <message>
        <source>Connected, but you are not an instructor of this course.</source>
        <translation>Verbunden, aber das eigene Konto ist keine Lehrkraft dieses Kurses.</translation>
    </message>
    <message>
        <source>Connect to ngshare</source>
        <translation>Mit ngshare verbinden</translation>
    </message>
    <message>
        <source>The hub token was removed from the keychain.</source>
        <translation>Das Hub-Token wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>ngshare server</source>
        <translation>ngshare-Server</translation>
    </message>
    <message>
        <source>(not set: grader in course.yaml)</source>
        <translation>(nicht gesetzt: grader in course.yaml)</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>&amp;Hub-Adresse:</translation>
    </message>
    <message>
        <source>ngshare &amp;prefix:</source>
        <translation>ngshare-&amp;Präfix:</translation>
    </message>
    <message>
        <source>&amp;Course id:</source>
        <translation>Kurs-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Grader:</source>
        <translation>&amp;Korrektor/in:</translation>
    </message>
    <message>
        <source>JupyterHub API token</source>
        <translation>JupyterHub-API-Token</translation>
    </message>
    <message>
        <source>Paste a new API token</source>
        <translation>Ein neues API-Token einfügen</translation>
    </message>
    <message>
        <source>Create a token on the hub under Token (%1/hub/token). GradeDesk keeps it only in the system keychain, never in files or settings.</source>
        <translation>Ein Token auf dem Hub unter Token (%1/hub/token) erstellen. GradeDesk speichert es nur im Schlüsselbund des Systems, nie in Dateien oder Einstellungen.</translation>
    </message>
    <message>
        <source>Reach the hub, check the token, find the course and your role in it</source>
        <translation>Hub erreichen, Token prüfen, Kurs und die eigene Rolle darin ermitteln</translation>
    </message>
    <message>
        <source>Set the ngshare exchange in course.yaml first (see above).</source>
        <translation>Zuerst den ngshare-Exchange in course.yaml einrichten (siehe oben).</translation>
    </message>
    <message>
        <source>Remove the hub token for %1 from the keychain? GradeDesk then asks for a token before the next ngshare operation.</source>
        <translation>Das Hub-Token für %1 aus dem Schlüsselbund entfernen? GradeDesk fragt dann vor dem nächsten ngshare-Vorgang nach einem Token.</translation>
    </message>
    <message>
        <source>ngshare:</source>
        <translation>ngshare:</translation>
    </message>
    <message>
        <source>Health check:</source>
        <translation>Statusprüfung:</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>geantwortet</translation>
    </message>
    <message>
        <source>no answer (ngshare older than 0.6?)</source>
        <translation>keine Antwort (ngshare älter als 0.6?)</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Your role:</source>
        <translation>Eigene Rolle:</translation>
    </message>
    <message>
        <source>instructor</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <source>ngshare administrator</source>
        <translation>ngshare-Administration</translation>
    </message>
    <message>
        <source>Students:</source>
        <translation>Studierende:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Released:</source>
        <translation>Freigegeben:</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>Your courses:</source>
        <translation>Eigene Kurse:</translation>
    </message>
    <message>
        <source>C&amp;reate Course</source>
        <translation>Kurs &amp;anlegen</translation>
    </message>
    <message>
        <source>Create this course on ngshare with you as its instructor (ngshare administrators only)</source>
        <translation>Diesen Kurs auf ngshare anlegen, mit dem eigenen Konto als Lehrperson (nur für ngshare-Administratoren)</translation>
    </message>
    <message>
        <source>An ngshare administrator can create it: press Create Course.</source>
        <translation>Ein ngshare-Administrator kann ihn anlegen: „Kurs anlegen“ drücken.</translation>
    </message>
    <message>
        <source>Create Course</source>
        <translation>Kurs anlegen</translation>
    </message>
    <message>
        <source>Create the course %1 on ngshare? Set grader in course.yaml to become its instructor.</source>
        <translation>Den Kurs %1 auf ngshare anlegen? grader in course.yaml setzen, um Lehrperson des Kurses zu werden.</translation>
    </message>
    <message>
        <source>Create the course %1 on ngshare with %2 as its instructor?</source>
        <translation>Den Kurs %1 auf ngshare mit %2 als Lehrperson anlegen?</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Creating the course</source>
        <translation>Kurs wird angelegt</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::RegradeActions</name>
    <message>
        <source>&amp;Regrades…</source>
        <translation>&amp;Neubewertungen…</translation>
    </message>
    <message>
        <source>Review, answer and resolve the students' regrade requests</source>
        <translation>Anträge auf Neubewertung der Studierenden prüfen, beantworten und erledigen</translation>
    </message>
    <message>
        <source>Open a course first</source>
        <translation>Zuerst einen Kurs öffnen</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::RegradeDetailPane</name>
    <message>
        <source>score %1 → %2</source>
        <translation>Punkte %1 → %2</translation>
    </message>
    <message>
        <source>score stays %1</source>
        <translation>Punkte bleiben %1</translation>
    </message>
    <message>
        <source>&amp;Start Review</source>
        <translation>Prüfung &amp;beginnen</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Erledigen…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>The student's message</source>
        <translation>Die Nachricht der/des Studierenden</translation>
    </message>
    <message>
        <source>The reply the student reads</source>
        <translation>Die Antwort, die die/der Studierende liest</translation>
    </message>
    <message>
        <source>Rubric item</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Antwort</translation>
    </message>
    <message>
        <source>R&amp;ubric</source>
        <translation>Bewertungs&amp;schema</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Tell other graders you are looking at this request</source>
        <translation>Anderen Bewertenden mitteilen, dass dieser Antrag gerade geprüft wird</translation>
    </message>
    <message>
        <source>Record the decision with a reply to the student</source>
        <translation>Die Entscheidung mit einer Antwort an die Studierenden festhalten</translation>
    </message>
    <message>
        <source>Look at a resolved request again</source>
        <translation>Einen erledigten Antrag erneut ansehen</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>Kein Antrag ausgewählt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Nachricht)</translation>
    </message>
    <message>
        <source>entered by %1</source>
        <translation>eingetragen von %1</translation>
    </message>
    <message>
        <source>imported from %1 by %2</source>
        <translation>importiert aus %1 von %2</translation>
    </message>
    <message>
        <source>score when asked %1</source>
        <translation>Punkte bei Antragstellung %1</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>jetzt %1</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Resolved%1, %2:
%3</source>
        <translation>Erledigt%1, %2:
%3</translation>
    </message>
    <message>
        <source>Earlier reply%1:
%2</source>
        <translation>Frühere Antwort%1:
%2</translation>
    </message>
    <message>
        <source>Loading the answer…</source>
        <translation>Antwort wird geladen…</translation>
    </message>
    <message>
        <source>The submission could not be read</source>
        <translation>Die Abgabe konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The student's notebook is not in the gradebook</source>
        <translation>Das Notebook der/des Studierenden ist nicht im Notenbuch</translation>
    </message>
    <message>
        <source>The submission has no notebooks</source>
        <translation>Die Abgabe enthält keine Notebooks</translation>
    </message>
    <message>
        <source>The student's notebook could not be read</source>
        <translation>Das Notebook der/des Studierenden konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The notebook is missing the question's cell</source>
        <translation>Im Notebook fehlt die Zelle der Teilaufgabe</translation>
    </message>
    <message>
        <source>The student may have deleted it.</source>
        <translation>Möglicherweise wurde sie von der/dem Studierenden gelöscht.</translation>
    </message>
    <message>
        <source>The student wrote nothing here.</source>
        <translation>Hier wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The answer could not be read: %1</source>
        <translation>Die Antwort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Punktekorrektur</translation>
    </message>
    <message>
        <source>Adjustment: %1</source>
        <translation>Punktekorrektur: %1</translation>
    </message>
    <message>
        <source>Graded with the rubric: %1</source>
        <translation>Mit dem Bewertungsschema bewertet: %1</translation>
    </message>
    <message>
        <source>Score typed in by hand: %1</source>
        <translation>Punkte von Hand eingegeben: %1</translation>
    </message>
    <message>
        <source>Scored by the autograder: %1</source>
        <translation>Automatisch bewertet: %1</translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source> · extra credit %1</source>
        <translation> · Zusatzpunkte %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>The grades could not be read: %1</source>
        <translation>Die Bewertungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Teilaufgabe</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::RegradeImportDialog</name>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import Regrade Requests</source>
        <translation>Anträge auf Neubewertung importieren</translation>
    </message>
    <message>
        <source>A CSV file with the columns student, assignment, question, message</source>
        <translation>Eine CSV-Datei mit den Spalten student, assignment, question, message</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Teilaufgabe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Choose a CSV file: nothing is stored before you press Import.</source>
        <translation>Eine CSV-Datei wählen: Erst beim Drücken von „Importieren“ wird etwas gespeichert.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>Die Datei konnte nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Imported before: skipped</source>
        <translation>Bereits importiert: übersprungen</translation>
    </message>
    <message>
        <source>(whole submission)</source>
        <translation>(ganze Abgabe)</translation>
    </message>
    <message>
        <source>The file has no requests.</source>
        <translation>Die Datei enthält keine Anträge.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation><numerusform>%n Zeile: </numerusform><numerusform>%n Zeilen: </numerusform></translation>
    </message>
    <message>
        <source>%1 ready, %2 imported before, %3 with errors (left out).</source>
        <translation>%1 bereit, %2 bereits importiert, %3 fehlerhaft (ausgelassen).</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Request(s)</source>
        <translation><numerusform>%n Antrag &amp;importieren</numerusform><numerusform>%n Anträge &amp;importieren</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::RegradeMarkDelegate</name>
    <message>
        <source>Regrade</source>
        <translation>Neubewertung</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::RegradeNewDialog</name>
    <message>
        <source>&amp;Add Request</source>
        <translation>Antrag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>New Regrade Request — %1</source>
        <translation>Neuer Antrag auf Neubewertung — %1</translation>
    </message>
    <message>
        <source>Name or id</source>
        <translation>Name oder ID</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Whole submission</source>
        <translation>Ganze Abgabe</translation>
    </message>
    <message>
        <source>What the student asks, in their words</source>
        <translation>Das Anliegen der/des Studierenden in eigenen Worten</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>&amp;Studierende:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Teilaufgabe:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Pick a student from the list: “%1” matches nobody who submitted this assignment.</source>
        <translation>Studierende aus der Liste wählen: „%1“ passt zu niemandem, der diese Aufgabe abgegeben hat.</translation>
    </message>
    <message>
        <source>Add the request (Ctrl+Return)</source>
        <translation>Den Antrag hinzufügen (Strg+Enter)</translation>
    </message>
    <message>
        <source>Pick a student and write the message</source>
        <translation>Studierende wählen und die Nachricht schreiben</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::RegradeResolveDialog</name>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Erledigen</translation>
    </message>
    <message>
        <source>Resolve Regrade Request</source>
        <translation>Antrag auf Neubewertung erledigen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Outcome: score %1 → %2, changed. The new grade is marked for the next Canvas push.</source>
        <translation>Ergebnis: Punkte %1 → %2, geändert. Die neue Bewertung ist für die nächste Übertragung nach Canvas vorgemerkt.</translation>
    </message>
    <message>
        <source>Outcome: score stays %1, unchanged. Change the grade first if the student is right.</source>
        <translation>Ergebnis: Punkte bleiben %1, unverändert. Zuerst die Bewertung ändern, falls der Antrag berechtigt ist.</translation>
    </message>
    <message>
        <source>&amp;Reply to the student (required):</source>
        <translation>&amp;Antwort an die Studierenden (erforderlich):</translation>
    </message>
    <message>
        <source>Why the grade changed or stays, as the student will read it</source>
        <translation>Warum die Bewertung geändert wurde oder bleibt, so wie die Studierenden es lesen</translation>
    </message>
    <message>
        <source>Write a reply first: the student reads it</source>
        <translation>Zuerst eine Antwort schreiben: Die Studierenden lesen sie</translation>
    </message>
    <message>
        <source>Record the decision (Ctrl+Return)</source>
        <translation>Die Entscheidung festhalten (Strg+Enter)</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::RegradeWindow</name>
    <message>
        <source>Anon&amp;ymous</source>
        <translation>Anon&amp;ym</translation>
    </message>
    <message>
        <source>&amp;New Request…</source>
        <translation>&amp;Neuer Antrag…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Open in &amp;Grading View</source>
        <translation>In der &amp;Bewertungsansicht öffnen</translation>
    </message>
    <message>
        <source>Regrades — %1</source>
        <translation>Neubewertungen — %1</translation>
    </message>
    <message>
        <source>Reading the regrade requests failed</source>
        <translation>Die Anträge auf Neubewertung konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Which requests the list shows</source>
        <translation>Welche Anträge die Liste zeigt</translation>
    </message>
    <message>
        <source>Requests on one question (with its open requests)</source>
        <translation>Anträge zu einer Teilaufgabe (mit ihren offenen Anträgen)</translation>
    </message>
    <message>
        <source>Show pseudonyms instead of names, as in the grading view. Turning this off is recorded in the audit log.</source>
        <translation>Pseudonyme statt Namen anzeigen, wie in der Bewertungsansicht. Das Ausschalten wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Enter a request a student made by mail or in person</source>
        <translation>Einen Antrag eintragen, den Studierende per Mail oder persönlich gestellt haben</translation>
    </message>
    <message>
        <source>Add requests from a CSV file: student, assignment, question, message</source>
        <translation>Anträge aus einer CSV-Datei hinzufügen: student, assignment, question, message</translation>
    </message>
    <message>
        <source>Change the grade of this answer in the grading view</source>
        <translation>Die Bewertung dieser Antwort in der Bewertungsansicht ändern</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Teilaufgabe:</translation>
    </message>
    <message>
        <source>Reading the students failed</source>
        <translation>Lesen der Studierenden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the assignments failed</source>
        <translation>Lesen der Aufgaben fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the questions failed</source>
        <translation>Lesen der Teilaufgaben fehlgeschlagen</translation>
    </message>
    <message>
        <source>Regrades — %1 — %2</source>
        <translation>Neubewertungen — %1 — %2</translation>
    </message>
    <message>
        <source>Unresolved (%1)</source>
        <translation>Unerledigt (%1)</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>Offen (%1)</translation>
    </message>
    <message>
        <source>In review (%1)</source>
        <translation>In Prüfung (%1)</translation>
    </message>
    <message>
        <source>Resolved (%1)</source>
        <translation>Erledigt (%1)</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>No regrade requests for this assignment</source>
        <translation>Keine Anträge auf Neubewertung für diese Aufgabe</translation>
    </message>
    <message>
        <source>%1 open · %2 in review · %3 resolved</source>
        <translation>%1 offen · %2 in Prüfung · %3 erledigt</translation>
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation>%1 (%2 offen)</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle Teilaufgaben</translation>
    </message>
    <message>
        <source>Whole submission</source>
        <translation>Gesamte Abgabe</translation>
    </message>
    <message>
        <source>No regrade requests for this assignment yet.
New Request… enters one.</source>
        <translation>Noch keine Anträge auf Neubewertung für diese Aufgabe.
Mit „Neuer Antrag…“ einen erfassen.</translation>
    </message>
    <message>
        <source>No request matches the filters.</source>
        <translation>Kein Antrag entspricht den Filtern.</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>Kein Antrag ausgewählt</translation>
    </message>
    <message>
        <source>Show Student Names</source>
        <translation>Namen der Studierenden anzeigen</translation>
    </message>
    <message>
        <source>Show the names of the students who asked for a regrade? This is recorded in the audit log.</source>
        <translation>Die Namen der Studierenden anzeigen, die eine Neubewertung beantragt haben? Dies wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Show Names</source>
        <translation>Namen anzeigen</translation>
    </message>
    <message>
        <source>Showing student names failed</source>
        <translation>Anzeigen der Namen der Studierenden fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Another grader changed this request in the meantime; it now shows their change. Check it and try again if still needed</source>
        <translation>Eine andere bewertende Person hat diesen Antrag inzwischen geändert; angezeigt wird jetzt deren Änderung. Diese prüfen und es bei Bedarf erneut versuchen</translation>
    </message>
    <message>
        <source>The request could not be changed</source>
        <translation>Der Antrag konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Resolved: the grade changed and is marked for the next Canvas push.</source>
        <translation>Erledigt: Die Bewertung wurde geändert und ist für die nächste Übertragung an Canvas vorgemerkt.</translation>
    </message>
    <message>
        <source>Resolved: the grade stays as it was.</source>
        <translation>Erledigt: Die Bewertung bleibt unverändert.</translation>
    </message>
    <message>
        <source>Reading the submissions failed</source>
        <translation>Lesen der Abgaben fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n request(s)</source>
        <translation><numerusform>%n Antrag importiert</numerusform><numerusform>%n Anträge importiert</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n imported before</source>
        <translation><numerusform> · %n bereits zuvor importiert</numerusform><numerusform> · %n bereits zuvor importiert</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n left out</source>
        <translation><numerusform> · %n ausgelassen</numerusform><numerusform> · %n ausgelassen</numerusform></translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::RemoteConnectionDialog</name>
    <message>
        <source>These come from the %1 section of %2. To change them, edit that file and open the course again.</source>
        <translation>Diese Werte stammen aus dem Abschnitt %1 von %2. Um sie zu ändern, diese Datei bearbeiten und den Kurs erneut öffnen.</translation>
    </message>
    <message>
        <source>course.yaml</source>
        <translation>course.yaml</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the token you typed (the stored token is never shown)</source>
        <translation>Das eingegebene Token anzeigen (das gespeicherte Token wird nie angezeigt)</translation>
    </message>
    <message>
        <source>&amp;Save Token</source>
        <translation>Token &amp;speichern</translation>
    </message>
    <message>
        <source>Keep the token in the system keychain</source>
        <translation>Das Token im Schlüsselbund des Systems aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Forget Token</source>
        <translation>Token ver&amp;gessen</translation>
    </message>
    <message>
        <source>Remove the token from the keychain and from this session</source>
        <translation>Das Token aus dem Schlüsselbund und aus dieser Sitzung entfernen</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Storing the token in the keychain…</source>
        <translation>Token wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Reading the token from the keychain…</source>
        <translation>Token wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>No token is stored for %1 yet: paste one above and press Save Token.</source>
        <translation>Für %1 ist noch kein Token gespeichert: oben eines einfügen und „Token speichern“ drücken.</translation>
    </message>
    <message>
        <source>A token for %1 is stored in the system keychain. Paste a new one only to replace it.</source>
        <translation>Für %1 ist ein Token im Schlüsselbund des Systems gespeichert. Nur dann ein neues einfügen, wenn es ersetzt werden soll.</translation>
    </message>
    <message>
        <source>The token in use is not stored: it is forgotten when GradeDesk quits. Press Save Token to keep it in the keychain.</source>
        <translation>Das verwendete Token ist nicht gespeichert: Es geht verloren, wenn GradeDesk beendet wird. „Token speichern“ drücken, um es im Schlüsselbund aufzubewahren.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1
You can still paste a token: it is used until GradeDesk quits.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1
Ein Token kann trotzdem eingefügt werden: Es wird verwendet, bis GradeDesk beendet wird.</translation>
    </message>
    <message>
        <source>The token is stored in the system keychain. Press Test Connection to check it.</source>
        <translation>Das Token ist im Schlüsselbund des Systems gespeichert. „Verbindung testen“ drücken, um es zu prüfen.</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain: %1
GradeDesk uses it until it quits; nothing was written anywhere else.</source>
        <translation>Das Token konnte nicht im Schlüsselbund gespeichert werden: %1
GradeDesk verwendet es bis zum Beenden; es wurde nirgendwo anders gespeichert.</translation>
    </message>
    <message>
        <source>Forget Token</source>
        <translation>Token vergessen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>The token could not be removed from the keychain: %1</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>This token works but is not stored yet: press Save Token to keep it in the keychain.</source>
        <translation>Dieses Token funktioniert, ist aber noch nicht gespeichert: „Token speichern“ drücken, um es im Schlüsselbund aufzubewahren.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::RemoteProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the current request (Esc)</source>
        <translation>Nach der aktuellen Anfrage anhalten (Esc)</translation>
    </message>
    <message>
        <source>Stop after the requests under way (Esc)</source>
        <translation>Nach den laufenden Anfragen anhalten (Esc)</translation>
    </message>
    <message>
        <source>%1 (%2 so far)…</source>
        <translation>%1 (bisher %2)…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)…</source>
        <translation>%1 (%2 von %3)…</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::RubricEditorDialog</name>
    <message>
        <source>&amp;Add Item</source>
        <translation>Kriterium &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Never &amp;below 0</source>
        <translation>N&amp;ie unter 0</translation>
    </message>
    <message>
        <source>Never above the &amp;maximum (extra credit is separate)</source>
        <translation>Nie über dem &amp;Maximum (Zusatzpunkte zählen getrennt)</translation>
    </message>
    <message>
        <source>&amp;Import Items</source>
        <translation>Kriterien im&amp;portieren</translation>
    </message>
    <message>
        <source>Edit Rubric</source>
        <translation>Bewertungsschema bearbeiten</translation>
    </message>
    <message>
        <source>Rubric of %1 (%2 points)</source>
        <translation>Bewertungsschema von %1 (%2 Punkte)</translation>
    </message>
    <message>
        <source>Changes apply at once to every answer graded with this rubric; Ctrl+Z in the grading view undoes them one by one. Keys: Insert adds an item, Delete removes it, F2 or typing edits a cell, Ctrl+Up/Down moves an item, Esc closes.</source>
        <translation>Änderungen gelten sofort für jede mit diesem Bewertungsschema bewertete Antwort; Strg+Z in der Bewertungsansicht macht sie einzeln rückgängig. Tasten: Einfg fügt ein Kriterium hinzu, Entf entfernt es, F2 oder Tippen bearbeitet eine Zelle, Strg+↑/↓ verschiebt ein Kriterium, Esc schließt.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Exclusive group</source>
        <translation>Ausschlussgruppe</translation>
    </message>
    <message>
        <source>Description (shown to students)</source>
        <translation>Beschreibung (für Studierende sichtbar)</translation>
    </message>
    <message>
        <source>1–9, 0, or a letter no grading key uses (not A C E F J K N R S)</source>
        <translation>1–9, 0 oder ein Buchstabe, den keine Bewertungstaste belegt (nicht A C E F J K N R S)</translation>
    </message>
    <message>
        <source>Items sharing a group are exclusive: applying one removes the others</source>
        <translation>Kriterien derselben Gruppe schließen sich aus: Wird eines angewendet, werden die anderen entfernt</translation>
    </message>
    <message>
        <source>Negative for a deduction, positive for credit</source>
        <translation>Negativ für einen Abzug, positiv für Punkte</translation>
    </message>
    <message>
        <source>Add an item (Insert)</source>
        <translation>Kriterium hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Delete the selected item (Delete)</source>
        <translation>Ausgewähltes Kriterium löschen (Entf)</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Credit: start at 0 and add points</source>
        <translation>Aufbauend: bei 0 beginnen und Punkte hinzufügen</translation>
    </message>
    <message>
        <source>Deductions: start at the maximum and take points off</source>
        <translation>Abzüge: beim Maximum beginnen und Punkte abziehen</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Punktevergabe</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>Mo&amp;dus:</translation>
    </message>
    <message>
        <source>Reuse</source>
        <translation>Wiederverwenden</translation>
    </message>
    <message>
        <source>Import &amp;YAML…</source>
        <translation>&amp;YAML importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport YAML…</source>
        <translation>YAML e&amp;xportieren…</translation>
    </message>
    <message>
        <source>From question:</source>
        <translation>Aus Teilaufgabe:</translation>
    </message>
    <message>
        <source>An item needs a title; the old one is kept.</source>
        <translation>Ein Kriterium benötigt einen Titel; der bisherige wird beibehalten.</translation>
    </message>
    <message>
        <source>“%1” is not a number of points (for example -1 or 0.5).</source>
        <translation>„%1“ ist keine Punktzahl (zum Beispiel -1 oder 0,5).</translation>
    </message>
    <message>
        <source>%1 is a grading key already. Use a digit or another letter.</source>
        <translation>%1 ist bereits eine Bewertungstaste. Eine Ziffer oder einen anderen Buchstaben verwenden.</translation>
    </message>
    <message>
        <source>A key is one digit or one letter.</source>
        <translation>Eine Taste ist eine einzelne Ziffer oder ein einzelner Buchstabe.</translation>
    </message>
    <message>
        <source>Another item has the key %1 already.</source>
        <translation>Ein anderes Kriterium hat bereits die Taste %1.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>Delete Rubric Item</source>
        <translation>Kriterium löschen</translation>
    </message>
    <message>
        <source>Answers that have “%1”: %2. Deleting the item takes it off them and changes their scores.

Delete it anyway? (Ctrl+Z in the grading view brings it back.)</source>
        <translation>Antworten mit „%1“: %2. Das Löschen des Kriteriums entfernt es aus diesen Antworten und ändert ihre Punkte.

Trotzdem löschen? (Strg+Z in der Bewertungsansicht stellt es wieder her.)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 has no rubric items to import.</source>
        <translation>%1 hat keine Kriterien zum Importieren.</translation>
    </message>
    <message>
        <source>Import Rubric</source>
        <translation>Bewertungsschema importieren</translation>
    </message>
    <message>
        <source>Rubric files (*.yaml *.yml);;All files (*)</source>
        <translation>Bewertungsschema-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Rubric</source>
        <translation>Bewertungsschema exportieren</translation>
    </message>
    <message>
        <source>Rubric files (*.yaml *.yml)</source>
        <translation>Bewertungsschema-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No key yet, so only a click applies them: %1.</source>
        <translation>Noch ohne Taste, daher nur per Klick anwendbar: %1.</translation>
    </message>
    <message>
        <source>These keys are grading keys and do not apply items; give them another key: %1.</source>
        <translation>Diese Tasten sind Bewertungstasten und wenden keine Kriterien an; ihnen eine andere Taste geben: %1.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::RubricPanel</name>
    <message>
        <source>Confirm and next (Enter)</source>
        <translation>Bestätigen und weiter (Enter)</translation>
    </message>
    <message>
        <source>Flag (F)</source>
        <translation>Markieren (F)</translation>
    </message>
    <message>
        <source>Edit rubric… (E)</source>
        <translation>Bewertungsschema bearbeiten… (E)</translation>
    </message>
    <message>
        <source>Statistics… (S)</source>
        <translation>Statistik… (S)</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Bewertungsschema</translation>
    </message>
    <message>
        <source>This question has no rubric items yet.
Press E to write the rubric.</source>
        <translation>Diese Teilaufgabe hat noch keine Kriterien.
E drücken, um das Bewertungsschema zu schreiben.</translation>
    </message>
    <message>
        <source>±points</source>
        <translation>±Punkte</translation>
    </message>
    <message>
        <source>Points added to (or, negative, taken from) the rubric score (A)</source>
        <translation>Punkte, die zur Punktzahl aus dem Bewertungsschema addiert (oder, wenn negativ, davon abgezogen) werden (A)</translation>
    </message>
    <message>
        <source>Reason (the student sees it)</source>
        <translation>Begründung (für die Person sichtbar)</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Extra credit is added on top of the question's score, as nbgrader does</source>
        <translation>Zusatzpunkte werden wie bei nbgrader zusätzlich zur Punktzahl der Teilaufgabe vergeben</translation>
    </message>
    <message>
        <source>Comment for the student (C). Saved when you leave the field or press Ctrl+Enter; Esc goes back to the answers.</source>
        <translation>Kommentar für die Person (C). Wird gespeichert beim Verlassen des Felds oder mit Strg+Enter; Esc kehrt zu den Antworten zurück.</translation>
    </message>
    <message>
        <source>Adjustment:</source>
        <translation>Punktekorrektur:</translation>
    </message>
    <message>
        <source>Extra credit:</source>
        <translation>Zusatzpunkte:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Unflag (F)</source>
        <translation>Markierung aufheben (F)</translation>
    </message>
    <message>
        <source>Deductions from %1 points</source>
        <translation>Abzüge von %1 Punkten</translation>
    </message>
    <message>
        <source>Points earned, out of %1</source>
        <translation>Erreichte Punkte von %1</translation>
    </message>
    <message>
        <source> · never below 0</source>
        <translation> · nie unter 0</translation>
    </message>
    <message>
        <source> · never above %1</source>
        <translation> · nie über %1</translation>
    </message>
    <message>
        <source>  + %1 extra</source>
        <translation>  + %1 Zusatzpunkte</translation>
    </message>
    <message>
        <source>Saved: graded with the rubric.</source>
        <translation>Gespeichert: mit dem Bewertungsschema bewertet.</translation>
    </message>
    <message>
        <source>The typed score %1 counts now. An item, an adjustment or Enter grades with the rubric instead.</source>
        <translation>Die eingegebene Punktzahl %1 gilt jetzt. Ein Kriterium, eine Punktekorrektur oder Enter bewertet stattdessen mit dem Bewertungsschema.</translation>
    </message>
    <message>
        <source>The autograder's %1 counts now. An item or an adjustment grades with the rubric instead.</source>
        <translation>Die automatische Bewertung %1 gilt jetzt. Ein Kriterium oder eine Punktekorrektur bewertet stattdessen mit dem Bewertungsschema.</translation>
    </message>
    <message>
        <source>Not graded yet: Enter saves this score.</source>
        <translation>Noch nicht bewertet: Enter speichert diese Punktzahl.</translation>
    </message>
    <message>
        <source>“%1” is not a number of points; nothing was saved.</source>
        <translation>„%1“ ist keine Punktzahl; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: the message above the window says why. GradeDesk tries again when you leave the field or move to another answer.</source>
        <translation>Nicht gespeichert: Die Meldung über dem Fenster nennt den Grund. GradeDesk versucht es erneut, wenn das Feld verlassen oder zu einer anderen Antwort gewechselt wird.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::StatisticsDialog</name>
    <message>
        <source>Statistics — %1</source>
        <translation>Statistik – %1</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Teilaufgabe</translation>
    </message>
    <message>
        <source>&amp;Rubric items</source>
        <translation>&amp;Kriterien</translation>
    </message>
    <message>
        <source>&amp;Assignment totals</source>
        <translation>&amp;Gesamtpunkte der Aufgabe</translation>
    </message>
    <message>
        <source>%1 of %2 answers graded</source>
        <translation>%1 von %2 Antworten bewertet</translation>
    </message>
    <message>
        <source> · mean %1 / %2</source>
        <translation> · Mittelwert %1 / %2</translation>
    </message>
    <message>
        <source> · median %1</source>
        <translation> · Median %1</translation>
    </message>
    <message>
        <source>Scores of graded answers</source>
        <translation>Punkte der bewerteten Antworten</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>This question has no rubric items yet.</source>
        <translation>Diese Teilaufgabe hat noch keine Kriterien.</translation>
    </message>
    <message>
        <source>How many answers have each rubric item.</source>
        <translation>Wie viele Antworten jedes Kriterium haben.</translation>
    </message>
    <message>
        <source>Rubric item usage</source>
        <translation>Verwendung der Kriterien</translation>
    </message>
    <message>
        <source>%1 submissions of %2 · %3 with a score</source>
        <translation>%1 Abgaben zu %2 · %3 mit Punkten</translation>
    </message>
    <message>
        <source> · mean total %1 / %2</source>
        <translation> · Mittelwert gesamt %1 / %2</translation>
    </message>
    <message>
        <source>Total scores of %1</source>
        <translation>Gesamtpunkte von %1</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Abgaben</translation>
    </message>
    <message>
        <source>The assignment's totals could not be read: %1</source>
        <translation>Die Gesamtpunkte der Aufgabe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Graders</source>
        <translation>&amp;Bewertende</translation>
    </message>
    <message>
        <source>No gradebook is open.</source>
        <translation>Es ist kein Notenbuch geöffnet.</translation>
    </message>
    <message>
        <source>The graders' activity could not be read: %1</source>
        <translation>Die Aktivität der Bewertenden konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nobody has graded %1 yet.</source>
        <translation>Bisher hat niemand %1 bewertet.</translation>
    </message>
    <message numerus="yes">
        <source>%n grader(s) on %1</source>
        <translation><numerusform>%n bewertende Person für %1</numerusform><numerusform>%n Bewertende für %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n answer(s) graded</source>
        <translation><numerusform> · %n Antwort bewertet</numerusform><numerusform> · %n Antworten bewertet</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n action(s) recorded</source>
        <translation><numerusform> · %n Aktion aufgezeichnet</numerusform><numerusform> · %n Aktionen aufgezeichnet</numerusform></translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::SubmissionPane</name>
    <message>
        <source>Notebook of this submission (Ctrl+PgUp / Ctrl+PgDown)</source>
        <translation>Notebook dieser Abgabe (Strg+Bild↑ / Strg+Bild↓)</translation>
    </message>
    <message>
        <source>No submission selected</source>
        <translation>Keine Abgabe ausgewählt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Score %1 / %2</source>
        <translation>Punkte %1 / %2</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>abgegeben am %1</translation>
    </message>
    <message>
        <source>late penalty %1</source>
        <translation>Verspätungsabzug %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to grade by hand</source>
        <translation>
            <numerusform>%n Teilaufgabe von Hand zu bewerten</numerusform>
            <numerusform>%n Teilaufgaben von Hand zu bewerten</numerusform>
        </translation>
    </message>
    <message>
        <source>The submission's notebooks could not be listed</source>
        <translation>Die Notebooks der Abgabe konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>This submission has no notebooks</source>
        <translation>Diese Abgabe enthält keine Notebooks</translation>
    </message>
    <message>
        <source>The student's folder held no notebook of this assignment.</source>
        <translation>Der Studierendenordner enthielt kein Notebook dieser Aufgabe.</translation>
    </message>
    <message>
        <source>This notebook cannot be shown</source>
        <translation>Dieses Notebook kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Every change to this submission's grades, comments and regrade requests</source>
        <translation>Jede Änderung an Bewertungen, Kommentaren und Anträgen auf Neubewertung dieser Abgabe</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
</context>
<context>
    <name>GradebookCommands</name>
    <message>
        <source>expected postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]</source>
        <translation>erwartet: postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]</translation>
    </message>
    <message>
        <source>the URL names no database; %1</source>
        <translation>die URL nennt keine Datenbank; %1</translation>
    </message>
    <message>
        <source>the URL names no user; %1</source>
        <translation>die URL nennt keinen Benutzer; %1</translation>
    </message>
    <message>
        <source>the URL contains a password. Never put it on the command line: set GRADEDESK_GRADEBOOK_PASSWORD or store it in the keychain</source>
        <translation>die URL enthält ein Passwort. Passwörter nie auf der Kommandozeile angeben: GRADEDESK_GRADEBOOK_PASSWORD setzen oder das Passwort im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>the host's [ has no ]; %1</source>
        <translation>zur [ im Host fehlt die ]; %1</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535, not '%1'</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>sslmode must be one of %1, not '%2'</source>
        <translation>sslmode muss einer der Werte %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>unknown URL parameter '%1' (only sslmode is supported)</source>
        <translation>unbekannter URL-Parameter „%1“ (nur sslmode wird unterstützt)</translation>
    </message>
    <message>
        <source>Copy the course's SQLite gradebook into an empty PostgreSQL database (created beforehand by the database administrator), then verify every table by row count and checksum. The password comes from GRADEDESK_GRADEBOOK_PASSWORD, else the keychain, never from the URL. Afterwards the gradebook section for course.yaml is printed; --update-config writes it into course.yaml instead.</source>
        <translation>Das SQLite-Notenbuch des Kurses in eine leere PostgreSQL-Datenbank kopieren (zuvor von der Datenbankadministration angelegt) und anschließend jede Tabelle anhand von Zeilenanzahl und Prüfsumme verifizieren. Das Passwort stammt aus GRADEDESK_GRADEBOOK_PASSWORD, sonst aus dem Schlüsselbund, nie aus der URL. Danach wird der gradebook-Abschnitt für course.yaml ausgegeben; --update-config schreibt ihn stattdessen in course.yaml.</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>Der Unterbefehl.</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]; a socket folder as HOST is percent-encoded (%2Fvar%2Frun%2Fpostgresql).</source>
        <translation>postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]; ein Socket-Ordner als HOST wird prozentkodiert (%2Fvar%2Frun%2Fpostgresql).</translation>
    </message>
    <message>
        <source>Switch course.yaml to the PostgreSQL gradebook after a verified copy (its other settings are kept; comments are rewritten).</source>
        <translation>course.yaml nach einer verifizierten Kopie auf das PostgreSQL-Notenbuch umstellen (die übrigen Einstellungen bleiben erhalten; Kommentare werden neu geschrieben).</translation>
    </message>
    <message>
        <source>gradebook migrate needs --to postgresql://USER@HOST/DATABASE</source>
        <translation>gradebook migrate benötigt --to postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>gradebook migrate: %1</source>
        <translation>gradebook migrate: %1</translation>
    </message>
    <message>
        <source>The course's gradebook is already on PostgreSQL; migrate copies an SQLite gradebook.</source>
        <translation>Das Notenbuch des Kurses liegt bereits in PostgreSQL; migrate kopiert ein SQLite-Notenbuch.</translation>
    </message>
    <message>
        <source>There is no gradebook file at %1 to migrate. Check gradebook.path in %2.</source>
        <translation>Unter %1 gibt es keine Notenbuchdatei zum Migrieren. gradebook.path in %2 prüfen.</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL-Passwort</translation>
    </message>
    <message>
        <source>No PostgreSQL password was found (%1).</source>
        <translation>Es wurde kein PostgreSQL-Passwort gefunden (%1).</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message numerus="yes">
        <source>verified: %n row(s) in %1 tables, counts and checksums equal</source>
        <translation><numerusform>verifiziert: %n Zeile in %1 Tabellen, Anzahlen und Prüfsummen stimmen überein</numerusform><numerusform>verifiziert: %n Zeilen in %1 Tabellen, Anzahlen und Prüfsummen stimmen überein</numerusform></translation>
    </message>
    <message>
        <source>%1 now uses the PostgreSQL gradebook; the SQLite file %2 was left as it was.</source>
        <translation>%1 verwendet jetzt das PostgreSQL-Notenbuch; die SQLite-Datei %2 blieb unverändert.</translation>
    </message>
    <message>
        <source>To switch the course, replace the gradebook section of %1 with:</source>
        <translation>Um den Kurs umzustellen, den gradebook-Abschnitt von %1 ersetzen durch:</translation>
    </message>
    <message>
        <source>Usage: gradedesk-cli --course FILE gradebook migrate --to URL</source>
        <translation>Aufruf: gradedesk-cli --course DATEI gradebook migrate --to URL</translation>
    </message>
    <message>
        <source>gradebook needs a subcommand: migrate</source>
        <translation>gradebook benötigt einen Unterbefehl: migrate</translation>
    </message>
    <message>
        <source>gradebook: unknown subcommand '%1'</source>
        <translation>gradebook: unbekannter Unterbefehl „%1“</translation>
    </message>
</context>
<context>
    <name>GradebookCopy</name>
    <message>
        <source>The gradebook %1 could not be opened: %2</source>
        <translation>Das Notenbuch %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The two gradebooks have different tables or columns, so they cannot be copied or compared. Open both with the same GradeDesk version.</source>
        <translation>Die beiden Notenbücher haben unterschiedliche Tabellen oder Spalten und können daher nicht kopiert oder verglichen werden. Beide mit derselben GradeDesk-Version öffnen.</translation>
    </message>
    <message>
        <source>%1 (same %2 rows, different content)</source>
        <translation>%1 (gleiche %2 Zeilen, anderer Inhalt)</translation>
    </message>
    <message>
        <source>%1 (%2 rows in the original, %3 in the copy)</source>
        <translation>%1 (%2 Zeilen im Original, %3 in der Kopie)</translation>
    </message>
    <message>
        <source>The copy differs from the original in: %1. Do not switch to the copy; empty the target database and migrate again.</source>
        <translation>Die Kopie weicht vom Original ab in: %1. Nicht auf die Kopie umstellen; die Zieldatenbank leeren und erneut migrieren.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 already holds gradebook data (table %2 has rows), so nothing was copied. Migrate into a new, empty database.</source>
        <translation>Die PostgreSQL-Datenbank %1 enthält bereits Notenbuchdaten (Tabelle %2 hat Zeilen), daher wurde nichts kopiert. In eine neue, leere Datenbank migrieren.</translation>
    </message>
    <message>
        <source>The copy was cancelled; the target database was not changed.</source>
        <translation>Das Kopieren wurde abgebrochen; die Zieldatenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The gradebook's tables reference each other in a cycle, so they cannot be copied one after the other.</source>
        <translation>Die Tabellen des Notenbuchs verweisen zyklisch aufeinander und können daher nicht nacheinander kopiert werden.</translation>
    </message>
</context>
<context>
    <name>GradebookRubricSql</name>
    <message>
        <source>The gradebook has no such question or answer (it may have been removed). Reload the assignment and try again.</source>
        <translation>Das Notenbuch enthält diese Teilaufgabe oder Antwort nicht (sie wurde möglicherweise entfernt). Die Aufgabe neu laden und erneut versuchen.</translation>
    </message>
    <message>
        <source>No grader name is set, so the change cannot be recorded. Set grader in course.yaml.</source>
        <translation>Es ist kein Name für die bewertende Person festgelegt, daher kann die Änderung nicht protokolliert werden. grader in course.yaml setzen.</translation>
    </message>
    <message>
        <source>This cell is not a graded question, so it has no rubric or answers to grade.</source>
        <translation>Diese Zelle ist keine bewertete Teilaufgabe und hat daher kein Bewertungsschema und keine zu bewertenden Antworten.</translation>
    </message>
    <message>
        <source>Another grader moved this regrade request since you opened it, so your change was not saved. Look at the request as it is now, then decide again.</source>
        <translation>Eine andere bewertende Person hat diesen Antrag auf Neubewertung geändert, seit er geöffnet wurde; die eigene Änderung wurde daher nicht gespeichert. Den Antrag im aktuellen Zustand ansehen und dann erneut entscheiden.</translation>
    </message>
    <message>
        <source>Another grader changed this answer since you opened it, so your change was not saved. Look at their change, then decide again.</source>
        <translation>Eine andere bewertende Person hat diese Antwort geändert, seit sie geöffnet wurde; die eigene Änderung wurde daher nicht gespeichert. Deren Änderung ansehen und dann erneut entscheiden.</translation>
    </message>
</context>
<context>
    <name>GradebookSchema</name>
    <message>
        <source>This database is not a GradeDesk gradebook (it holds other tables). Choose another file, or import an nbgrader gradebook instead of opening it.</source>
        <translation>Diese Datenbank ist kein GradeDesk-Notenbuch (sie enthält andere Tabellen). Eine andere Datei wählen oder ein nbgrader-Notenbuch importieren, statt es zu öffnen.</translation>
    </message>
    <message>
        <source>This gradebook was written by a newer GradeDesk (schema version %1; this version understands up to %2). Update GradeDesk to open it; the gradebook was not changed.</source>
        <translation>Dieses Notenbuch wurde von einer neueren GradeDesk-Version geschrieben (Schemaversion %1; diese Version versteht bis %2). GradeDesk aktualisieren, um es zu öffnen; das Notenbuch wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>GradebookSql</name>
    <message>
        <source>The gradebook did not confirm a change. Try again; if it keeps failing, check the database server's log.</source>
        <translation>Das Notenbuch hat eine Änderung nicht bestätigt. Erneut versuchen; falls der Fehler bestehen bleibt, das Protokoll des Datenbankservers prüfen.</translation>
    </message>
    <message>
        <source>The gradebook is busy: another program is writing to it. Wait a moment and try again, or close the other program.</source>
        <translation>Das Notenbuch ist belegt: Ein anderes Programm schreibt gerade hinein. Einen Moment warten und erneut versuchen oder das andere Programm schließen.</translation>
    </message>
    <message>
        <source>The gradebook cannot be changed because its file is read-only. Make the file and its folder writable and try again.</source>
        <translation>Das Notenbuch kann nicht geändert werden, weil seine Datei schreibgeschützt ist. Datei und Ordner beschreibbar machen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The gradebook file is damaged or is not a database. Restore it from a backup or choose another gradebook file.</source>
        <translation>Die Notenbuchdatei ist beschädigt oder keine Datenbank. Sie aus einer Sicherung wiederherstellen oder eine andere Notenbuchdatei wählen.</translation>
    </message>
    <message>
        <source>The gradebook database reported an error and nothing was changed. Try again; if it keeps failing, check the log for details.</source>
        <translation>Die Notenbuch-Datenbank hat einen Fehler gemeldet; es wurde nichts geändert. Erneut versuchen; falls der Fehler bestehen bleibt, das Protokoll auf Details prüfen.</translation>
    </message>
</context>
<context>
    <name>GradesExport</name>
    <message>
        <source>The grades file is not open for writing. Choose another file and try again.</source>
        <translation>Die Notendatei ist nicht zum Schreiben geöffnet. Eine andere Datei wählen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The gradebook has no assignment named "%1". Check the name (it is the assignment's folder name) and try again.</source>
        <translation>Das Notenbuch enthält keine Aufgabe namens „%1“. Den Namen prüfen (es ist der Ordnername der Aufgabe) und erneut versuchen.</translation>
    </message>
    <message>
        <source>The grades could not be written (%1). Check free space and permissions, then export again.</source>
        <translation>Die Noten konnten nicht geschrieben werden (%1). Freien Speicherplatz und Zugriffsrechte prüfen, dann erneut exportieren.</translation>
    </message>
</context>
<context>
    <name>GradingCommands</name>
    <message>
        <source>rubric: the question must be written NOTEBOOK:GRADE_ID, not '%1'</source>
        <translation>rubric: Die Teilaufgabe muss als NOTEBOOK:GRADE_ID angegeben werden, nicht als „%1“</translation>
    </message>
    <message>
        <source>The assignment '%1' is not in the gradebook. Check its name, or collect it first.</source>
        <translation>Die Aufgabe „%1“ ist nicht im Notenbuch. Den Namen prüfen oder die Aufgabe zuerst einsammeln.</translation>
    </message>
    <message>
        <source>%1 has no graded question %2. Its questions: %3.</source>
        <translation>%1 hat keine bewertete Teilaufgabe %2. Teilaufgaben: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Write a question's rubric (scoring settings and items) as YAML, to import it into another question or course.</source>
        <translation>Das Bewertungsschema einer Teilaufgabe (Einstellungen zur Punktevergabe und Kriterien) als YAML schreiben, um es in eine andere Teilaufgabe oder einen anderen Kurs zu importieren.</translation>
    </message>
    <message>
        <source>The assignment.</source>
        <translation>Die Aufgabe.</translation>
    </message>
    <message>
        <source>The question: notebook name and grade_id.</source>
        <translation>Die Teilaufgabe: Name des Notebooks und grade_id.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rubric item(s) to %1</source>
        <translation>
            <numerusform>%n Kriterium in %1 geschrieben</numerusform>
            <numerusform>%n Kriterien in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Append the items of a rubric YAML file (from rubric export) to a question's rubric. An item whose shortcut the question already uses is added without a shortcut. The file's scoring settings apply only to a question that has no rubric items yet.</source>
        <translation>Die Kriterien einer Bewertungsschema-YAML-Datei (aus rubric export) an das Bewertungsschema einer Teilaufgabe anhängen. Ein Kriterium, dessen Tastenkürzel die Teilaufgabe bereits verwendet, wird ohne Tastenkürzel hinzugefügt. Die Einstellungen zur Punktevergabe aus der Datei gelten nur für eine Teilaufgabe, die noch keine Kriterien hat.</translation>
    </message>
    <message>
        <source>The rubric YAML file.</source>
        <translation>Die YAML-Datei mit dem Bewertungsschema.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a rubric file.</source>
        <translation>%1 ist zu groß für eine Bewertungsschema-Datei.</translation>
    </message>
    <message>
        <source>The question already has a rubric, so its scoring settings were kept; the file's were not applied.</source>
        <translation>Die Teilaufgabe hat bereits ein Bewertungsschema, daher wurden ihre Einstellungen zur Punktevergabe beibehalten; die der Datei wurden nicht übernommen.</translation>
    </message>
    <message>
        <source>“%1” was added without its shortcut %2, which “%3” already uses.</source>
        <translation>„%1“ wurde ohne sein Tastenkürzel %2 hinzugefügt, weil „%3“ dieses bereits verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n rubric item(s) to %1 %2</source>
        <translation>
            <numerusform>%n Kriterium zu %1 %2 hinzugefügt</numerusform>
            <numerusform>%n Kriterien zu %1 %2 hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: gradedesk-cli --course FILE rubric export ASSIGNMENT NOTEBOOK:GRADE_ID [--out FILE]
       gradedesk-cli --course FILE rubric import ASSIGNMENT NOTEBOOK:GRADE_ID FILE
</source>
        <translation>Aufruf: gradedesk-cli --course FILE rubric export ASSIGNMENT NOTEBOOK:GRADE_ID [--out FILE]
        gradedesk-cli --course FILE rubric import ASSIGNMENT NOTEBOOK:GRADE_ID FILE
</translation>
    </message>
    <message>
        <source>rubric: missing subcommand</source>
        <translation>rubric: Unterbefehl fehlt</translation>
    </message>
    <message>
        <source>rubric: unknown subcommand '%1'</source>
        <translation>rubric: unbekannter Unterbefehl „%1“</translation>
    </message>
    <message>
        <source>Write each student's feedback for an assignment as HTML, one page per notebook, in nbgrader's layout DIR/&lt;student&gt;/&lt;assignment&gt;/&lt;notebook&gt;.html: scores, applied rubric items, adjustments, comments and the notebook with its outputs. The pages hold no scripts and load nothing from the network.</source>
        <translation>Das Feedback aller Studierenden zu einer Aufgabe als HTML schreiben, eine Seite pro Notebook, in der nbgrader-Struktur DIR/&lt;student&gt;/&lt;assignment&gt;/&lt;notebook&gt;.html: Punkte, angewendete Kriterien, Punktekorrekturen, Kommentare und das Notebook mit seinen Ausgaben. Die Seiten enthalten keine Skripte und laden nichts aus dem Netz.</translation>
    </message>
    <message>
        <source>Write into DIR (default: the course folder's feedback/).</source>
        <translation>In DIR schreiben (Standard: feedback/ im Kursordner).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n feedback file(s) to %1</source>
        <translation>
            <numerusform>%n Feedback-Datei in %1 geschrieben</numerusform>
            <numerusform>%n Feedback-Dateien in %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradingFormat</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>GradingKeyMap</name>
    <message>
        <source>1 … 9, 0, letters</source>
        <translation>1 … 9, 0, Buchstaben</translation>
    </message>
    <message>
        <source>Apply or remove the rubric item with that key</source>
        <translation>Das Kriterium mit dieser Taste anwenden oder entfernen</translation>
    </message>
    <message>
        <source>Shift + item key</source>
        <translation>Umschalt + Kriteriumstaste</translation>
    </message>
    <message>
        <source>Apply or remove it on the whole answer group</source>
        <translation>Es auf die ganze Antwortgruppe anwenden oder davon entfernen</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Enter, Leertaste</translation>
    </message>
    <message>
        <source>Confirm the answer and go to the next ungraded one</source>
        <translation>Die Antwort bestätigen und zur nächsten unbewerteten wechseln</translation>
    </message>
    <message>
        <source>Shift + Enter</source>
        <translation>Shift + Enter</translation>
    </message>
    <message>
        <source>Confirm the whole answer group</source>
        <translation>Die ganze Antwortgruppe bestätigen</translation>
    </message>
    <message>
        <source>J, ↓ / K, ↑</source>
        <translation>J, ↓ / K, ↑</translation>
    </message>
    <message>
        <source>Next / previous answer</source>
        <translation>Nächste / vorherige Antwort</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Next ungraded answer (skips answers another grader has open)</source>
        <translation>Nächste unbewertete Antwort (überspringt Antworten, die andere Bewertende geöffnet haben)</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Flag or unflag for review</source>
        <translation>Zur Überprüfung markieren oder Markierung aufheben</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Write a comment (Ctrl+Enter saves, Esc returns to the queue)</source>
        <translation>Einen Kommentar schreiben (Strg+Enter speichert, Esc kehrt zur Warteschlange zurück)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Adjust the points, with a reason</source>
        <translation>Die Punkte korrigieren, mit Begründung</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Reveal the student's name (recorded in the audit log)</source>
        <translation>Den Namen der Person aufdecken (wird im Prüfprotokoll vermerkt)</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Jump to a student</source>
        <translation>Zu Studierenden springen</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>Rückgängig / Wiederholen</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Edit the rubric</source>
        <translation>Das Bewertungsschema bearbeiten</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Switch between Submissions and Grade by question</source>
        <translation>Zwischen „Abgaben“ und „Nach Teilaufgabe bewerten“ wechseln</translation>
    </message>
    <message>
        <source>F1, ?</source>
        <translation>F1, ?</translation>
    </message>
    <message>
        <source>Show or hide this list</source>
        <translation>Diese Liste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>KubeConfigFile</name>
    <message>
        <source>The kubeconfig file %1 cannot be read (%2). Check the file and its permissions.</source>
        <translation>Die kubeconfig-Datei %1 kann nicht gelesen werden (%2). Die Datei und ihre Zugriffsrechte prüfen.</translation>
    </message>
    <message>
        <source>The kubeconfig is not UTF-8 text.</source>
        <translation>Die kubeconfig ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The kubeconfig is not valid YAML: %1</source>
        <translation>Die kubeconfig ist kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>A kubeconfig must be a mapping (apiVersion, clusters, users, contexts), but it is %1.</source>
        <translation>Eine kubeconfig muss eine Zuordnung sein (apiVersion, clusters, users, contexts), ist aber %1.</translation>
    </message>
    <message>
        <source>“%1” must be a list, but it is %2.</source>
        <translation>„%1“ muss eine Liste sein, ist aber %2.</translation>
    </message>
    <message>
        <source>Each item of “%1” must be a mapping with a name, but this one is %2.</source>
        <translation>Jeder Eintrag in „%1“ muss eine Zuordnung mit einem Namen sein, dieser ist aber %2.</translation>
    </message>
    <message>
        <source>An item of “%1” has no name.</source>
        <translation>Ein Eintrag in „%1“ hat keinen Namen.</translation>
    </message>
    <message>
        <source>“%1” appears twice in “%2”. Remove one of them.</source>
        <translation>„%1“ kommt in „%2“ doppelt vor. Einen der beiden Einträge entfernen.</translation>
    </message>
    <message>
        <source>“%1” of “%2” must be a mapping, but it is %3.</source>
        <translation>„%1“ in „%2“ muss eine Zuordnung sein, ist aber %3.</translation>
    </message>
</context>
<context>
    <name>KubeConfigLoader</name>
    <message>
        <source>No kubeconfig file was found. Set the kubeconfig file in the course settings, or set KUBECONFIG, or create ~/.kube/config (your cluster provider's tools write it).</source>
        <translation>Es wurde keine kubeconfig-Datei gefunden. Die kubeconfig-Datei in den Kurseinstellungen festlegen, KUBECONFIG setzen oder ~/.kube/config anlegen (die Werkzeuge des Cluster-Anbieters schreiben sie).</translation>
    </message>
    <message>
        <source>The kubeconfig (%1) has no current context. Choose a context in the course settings, or run “kubectl config use-context NAME”.</source>
        <translation>Die kubeconfig (%1) hat keinen aktuellen Kontext. In den Kurseinstellungen einen Kontext wählen oder „kubectl config use-context NAME“ ausführen.</translation>
    </message>
    <message>
        <source>The kubeconfig (%1) has no context “%2”. Choose one of its contexts in the course settings.</source>
        <translation>Die kubeconfig (%1) hat keinen Kontext „%2“. In den Kurseinstellungen einen ihrer Kontexte wählen.</translation>
    </message>
    <message>
        <source>The context “%1” names the cluster “%2”, which is not defined in the kubeconfig.</source>
        <translation>Der Kontext „%1“ nennt den Cluster „%2“, der in der kubeconfig nicht definiert ist.</translation>
    </message>
    <message>
        <source>The context “%1” names the user “%2”, which is not defined in the kubeconfig.</source>
        <translation>Der Kontext „%1“ nennt den Benutzer „%2“, der in der kubeconfig nicht definiert ist.</translation>
    </message>
    <message>
        <source>The %1 file %2 cannot be read (%3).</source>
        <translation>Die Datei %2 (%1) kann nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <source>The cluster “%1” has no server address.</source>
        <translation>Der Cluster „%1“ hat keine Serveradresse.</translation>
    </message>
    <message>
        <source>The server address “%1” of the cluster “%2” is not an http(s) URL.</source>
        <translation>Die Serveradresse „%1“ des Clusters „%2“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>The proxy-url “%1” must be an http, https or socks5 URL.</source>
        <translation>Die proxy-url „%1“ muss eine http-, https- oder socks5-URL sein.</translation>
    </message>
    <message>
        <source>certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>The cluster “%1” has both a certificate authority and insecure-skip-tls-verify; remove one of them.</source>
        <translation>Der Cluster „%1“ hat sowohl eine Zertifizierungsstelle als auch insecure-skip-tls-verify; eines von beiden entfernen.</translation>
    </message>
    <message>
        <source>The certificate authority of the cluster “%1” is not a PEM certificate.</source>
        <translation>Die Zertifizierungsstelle des Clusters „%1“ ist kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The user “%1” logs in with the auth-provider “%2”, which Kubernetes clients no longer support. Update the kubeconfig with your provider's tools (they now write an exec plugin).</source>
        <translation>Der Benutzer „%1“ meldet sich mit dem auth-provider „%2“ an, den Kubernetes-Clients nicht mehr unterstützen. Die kubeconfig mit den Werkzeugen des Anbieters aktualisieren (sie schreiben inzwischen ein exec-Plugin).</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>The user “%1” has a client certificate without a key, or a key without a certificate; both are needed.</source>
        <translation>Der Benutzer „%1“ hat ein Client-Zertifikat ohne Schlüssel oder einen Schlüssel ohne Zertifikat; beides wird benötigt.</translation>
    </message>
    <message>
        <source>The client certificate of the user “%1” is not a PEM certificate.</source>
        <translation>Das Client-Zertifikat des Benutzers „%1“ ist kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The client key of the user “%1” is not a PEM RSA or EC private key (PKCS#1, SEC1 or unencrypted PKCS#8).</source>
        <translation>Der Client-Schlüssel des Benutzers „%1“ ist kein privater PEM-Schlüssel vom Typ RSA oder EC (PKCS#1, SEC1 oder unverschlüsseltes PKCS#8).</translation>
    </message>
    <message>
        <source>The token file %1 cannot be read (%2).</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The user “%1” has both a token and a username/password; keep only one.</source>
        <translation>Der Benutzer „%1“ hat sowohl ein Token als auch Benutzername/Passwort; nur eines davon behalten.</translation>
    </message>
    <message>
        <source>The exec plugin of the user “%1” uses the API version “%2”; GradeDesk supports %3 and %4.</source>
        <translation>Das exec-Plugin des Benutzers „%1“ verwendet die API-Version „%2“; GradeDesk unterstützt %3 und %4.</translation>
    </message>
    <message>
        <source>The exec plugin of the user “%1” has no command.</source>
        <translation>Das exec-Plugin des Benutzers „%1“ hat keinen Befehl.</translation>
    </message>
    <message>
        <source>The exec plugin of the user “%1” must set interactiveMode (Never, IfAvailable or Always) with %2.</source>
        <translation>Das exec-Plugin des Benutzers „%1“ muss bei %2 interactiveMode setzen (Never, IfAvailable oder Always).</translation>
    </message>
    <message>
        <source>interactiveMode must be Never, IfAvailable or Always, not “%1”.</source>
        <translation>interactiveMode muss Never, IfAvailable oder Always sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>“exec” must be a mapping, but it is %1.</source>
        <translation>„exec“ muss eine Zuordnung sein, ist aber %1.</translation>
    </message>
    <message>
        <source>“env” must be a list of name/value pairs.</source>
        <translation>„env“ muss eine Liste von name/value-Paaren sein.</translation>
    </message>
</context>
<context>
    <name>KubeErrors</name>
    <message>
        <source>The cluster did not accept GradeDesk's credentials. Log in again with your cluster provider's tools, or check the kubeconfig user.</source>
        <translation>Der Cluster hat die Anmeldedaten von GradeDesk nicht akzeptiert. Erneut mit den Werkzeugen des Cluster-Anbieters anmelden oder den Benutzer in der kubeconfig prüfen.</translation>
    </message>
    <message>
        <source>The cluster refused the request: %1. Ask the cluster administrator for the permissions GradeDesk needs.</source>
        <translation>Der Cluster hat die Anfrage verweigert: %1. Die Cluster-Administration um die Berechtigungen bitten, die GradeDesk benötigt.</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>verboten</translation>
    </message>
    <message>
        <source>The cluster does not have what GradeDesk asked for: %1.</source>
        <translation>Im Cluster gibt es nicht, was GradeDesk angefragt hat: %1.</translation>
    </message>
    <message>
        <source>The cluster rejected the request: %1</source>
        <translation>Der Cluster hat die Anfrage zurückgewiesen: %1</translation>
    </message>
    <message>
        <source>The cluster is busy and asked GradeDesk to slow down. Try again in a moment.</source>
        <translation>Der Cluster ist ausgelastet und hat GradeDesk gebeten, langsamer zu werden. Gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The cluster answered with an error (HTTP %1)%2. Try again later; if it keeps happening, ask the cluster administrator.</source>
        <translation>Der Cluster hat mit einem Fehler geantwortet (HTTP %1)%2. Später erneut versuchen; falls der Fehler bestehen bleibt, die Cluster-Administration fragen.</translation>
    </message>
    <message>
        <source>The request to the cluster was cancelled.</source>
        <translation>Die Anfrage an den Cluster wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The cluster did not answer in time. Check the connection and try again.</source>
        <translation>Der Cluster hat nicht rechtzeitig geantwortet. Die Verbindung prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The secure connection to the cluster failed: %1. Check the certificate authority in the kubeconfig.</source>
        <translation>Die sichere Verbindung zum Cluster ist fehlgeschlagen: %1. Die Zertifizierungsstelle in der kubeconfig prüfen.</translation>
    </message>
    <message>
        <source>GradeDesk cannot reach the cluster: %1. Check the network and the server address in the kubeconfig.</source>
        <translation>GradeDesk kann den Cluster nicht erreichen: %1. Das Netzwerk und die Serveradresse in der kubeconfig prüfen.</translation>
    </message>
    <message>
        <source>The cluster sent a reply GradeDesk cannot read. Check that the server address points to a Kubernetes API server.</source>
        <translation>Der Cluster hat eine Antwort gesendet, die GradeDesk nicht lesen kann. Prüfen, ob die Serveradresse auf einen Kubernetes-API-Server zeigt.</translation>
    </message>
</context>
<context>
    <name>KubeExecPlugin</name>
    <message>
        <source>The credential plugin printed something that is not an ExecCredential.</source>
        <translation>Das Anmeldedaten-Plugin hat etwas ausgegeben, das kein ExecCredential ist.</translation>
    </message>
    <message>
        <source>The credential plugin answered with API version “%1”, but the kubeconfig asks for “%2”. Fix the apiVersion in the kubeconfig.</source>
        <translation>Das Anmeldedaten-Plugin hat mit der API-Version „%1“ geantwortet, die kubeconfig verlangt aber „%2“. Die apiVersion in der kubeconfig korrigieren.</translation>
    </message>
    <message>
        <source>The credential plugin returned no credential (no status).</source>
        <translation>Das Anmeldedaten-Plugin hat keine Anmeldedaten geliefert (kein status).</translation>
    </message>
    <message>
        <source>The credential plugin returned a client certificate without its key, or a key without its certificate.</source>
        <translation>Das Anmeldedaten-Plugin hat ein Client-Zertifikat ohne Schlüssel oder einen Schlüssel ohne Zertifikat geliefert.</translation>
    </message>
    <message>
        <source>The credential plugin returned neither a token nor a client certificate.</source>
        <translation>Das Anmeldedaten-Plugin hat weder ein Token noch ein Client-Zertifikat geliefert.</translation>
    </message>
    <message>
        <source>The credential plugin returned an unreadable expiry time “%1”.</source>
        <translation>Das Anmeldedaten-Plugin hat eine unlesbare Ablaufzeit „%1“ geliefert.</translation>
    </message>
    <message>
        <source>The credential plugin “%1” needs a terminal (interactiveMode: Always), which GradeDesk cannot give it. Log in with kubectl in a terminal first, or change the kubeconfig.</source>
        <translation>Das Anmeldedaten-Plugin „%1“ benötigt ein Terminal (interactiveMode: Always), das GradeDesk nicht bereitstellen kann. Zuerst in einem Terminal mit kubectl anmelden oder die kubeconfig ändern.</translation>
    </message>
    <message>
        <source>Install it, or add its folder to the search path in the settings.</source>
        <translation>Das Programm installieren oder seinen Ordner in den Einstellungen zum Suchpfad hinzufügen.</translation>
    </message>
    <message>
        <source>The credential plugin “%1” was not found.

%2</source>
        <translation>Das Anmeldedaten-Plugin „%1“ wurde nicht gefunden.

%2</translation>
    </message>
    <message>
        <source>The credential plugin “%1” could not be started: %2</source>
        <translation>Das Anmeldedaten-Plugin „%1“ konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The credential plugin “%1” did not answer within %2 s and was stopped.%3</source>
        <translation>Das Anmeldedaten-Plugin „%1“ hat nicht innerhalb von %2 s geantwortet und wurde beendet.%3</translation>
    </message>
    <message>
        <source>The credential plugin “%1” failed (exit code %2).%3</source>
        <translation>Das Anmeldedaten-Plugin „%1“ ist fehlgeschlagen (Exit-Code %2).%3</translation>
    </message>
</context>
<context>
    <name>KubeFieldReader</name>
    <message>
        <source>“%1” must be %2, but it is %3.</source>
        <translation>„%1“ muss %2 sein, ist aber %3.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <source>“%1” is not valid base64. Copy the value again from the cluster's kubeconfig.</source>
        <translation>„%1“ ist kein gültiges Base64. Den Wert erneut aus der kubeconfig des Clusters kopieren.</translation>
    </message>
    <message>
        <source>a mapping of lists</source>
        <translation>eine Zuordnung von Listen</translation>
    </message>
</context>
<context>
    <name>KubeJobInputs</name>
    <message>
        <source>The file %1 of %2 is %3 KiB; at most %4 KiB fit into the cluster's input objects. Remove it from the submission or grade it locally.</source>
        <translation>Die Datei %1 von %2 ist %3 KiB groß; in die Eingabeobjekte des Clusters passen höchstens %4 KiB. Die Datei aus der Abgabe entfernen oder die Abgabe lokal bewerten.</translation>
    </message>
    <message>
        <source>Cannot read %1 of %2: %3. Check the file's permissions.</source>
        <translation>%1 von %2 kann nicht gelesen werden: %3. Die Zugriffsrechte der Datei prüfen.</translation>
    </message>
    <message>
        <source>The run's harness, specification and manifest take %1 KiB, more than the %2 KiB a ConfigMap can hold. Grade fewer submissions per run.</source>
        <translation>Bewertungsskript, Spezifikation und Manifest des Laufs belegen %1 KiB, mehr als die %2 KiB, die eine ConfigMap aufnehmen kann. Weniger Abgaben pro Lauf bewerten.</translation>
    </message>
    <message>
        <source>The submission of %1 has a file name the grading harness refuses (%2). Rename the file or grade the submission locally.</source>
        <translation>Die Abgabe von %1 enthält einen Dateinamen, den das Bewertungsskript ablehnt (%2). Die Datei umbenennen oder die Abgabe lokal bewerten.</translation>
    </message>
    <message>
        <source>The submission of %1 takes %2 KiB without outputs; at most %3 KiB fit into one ConfigMap. Remove large files from it or grade it locally.</source>
        <translation>Die Abgabe von %1 belegt ohne Ausgaben %2 KiB; in eine ConfigMap passen höchstens %3 KiB. Große Dateien daraus entfernen oder die Abgabe lokal bewerten.</translation>
    </message>
</context>
<context>
    <name>NbgraderImport</name>
    <message>
        <source>Skipped notebook "%1": it belongs to no assignment.</source>
        <translation>Notebook „%1“ übersprungen: Es gehört zu keiner Aufgabe.</translation>
    </message>
    <message>
        <source>The submission time "%1" of %2 could not be read.</source>
        <translation>Der Abgabezeitpunkt „%1“ von %2 konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s) or comment(s) pointed at notebooks or cells that do not exist and were skipped.</source>
        <translation>
            <numerusform>%n Bewertung oder Kommentar verwies auf nicht vorhandene Notebooks oder Zellen und wurde übersprungen.</numerusform>
            <numerusform>%n Bewertungen oder Kommentare verwiesen auf nicht vorhandene Notebooks oder Zellen und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The nbgrader gradebook %1 does not exist. Choose the gradebook.db file of the nbgrader course.</source>
        <translation>Das nbgrader-Notenbuch %1 existiert nicht. Die gradebook.db-Datei des nbgrader-Kurses wählen.</translation>
    </message>
    <message>
        <source>%1 is not an nbgrader gradebook (or it is damaged). Choose the gradebook.db file of the nbgrader course.</source>
        <translation>%1 ist kein nbgrader-Notenbuch (oder es ist beschädigt). Die gradebook.db-Datei des nbgrader-Kurses wählen.</translation>
    </message>
    <message>
        <source>"%1" is not a valid assignment name. Use the assignment's folder name, without slashes or a leading dot.</source>
        <translation>„%1“ ist kein gültiger Aufgabenname. Den Ordnernamen der Aufgabe verwenden, ohne Schrägstriche und ohne Punkt am Anfang.</translation>
    </message>
    <message>
        <source>The assignment "%1" has no folder source/%1 or release/%1 in the course directory %2. Check the assignment name and the course directory.</source>
        <translation>Die Aufgabe „%1“ hat keinen Ordner source/%1 oder release/%1 im Kursverzeichnis %2. Aufgabenname und Kursverzeichnis prüfen.</translation>
    </message>
    <message>
        <source>The folder %1 holds no notebooks. Put the assignment's .ipynb files there and import again.</source>
        <translation>Der Ordner %1 enthält keine Notebooks. Die .ipynb-Dateien der Aufgabe dort ablegen und erneut importieren.</translation>
    </message>
    <message>
        <source>Cell %1 of %2 has %3 grade_id. Give every nbgrader cell its own id (Create Assignment toolbar in Jupyter) and import again.</source>
        <translation>Zelle %1 in %2: %3. Jeder nbgrader-Zelle eine eigene ID geben (Symbolleiste „Create Assignment“ in Jupyter) und erneut importieren.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>keine grade_id</translation>
    </message>
    <message>
        <source>a duplicate ("%1")</source>
        <translation>doppelte grade_id („%1“)</translation>
    </message>
    <message>
        <source>The assignment "%1" is not released yet, so its answer cells were recorded with the instructor's solutions. Import it again after releasing it.</source>
        <translation>Die Aufgabe „%1“ ist noch nicht freigegeben, daher wurden ihre Antwortzellen mit den Lösungen der Lehrkraft erfasst. Nach der Freigabe erneut importieren.</translation>
    </message>
    <message>
        <source>The notebook "%1" is no longer in the assignment folder; it stays in the gradebook with its grades.</source>
        <translation>Das Notebook „%1“ ist nicht mehr im Aufgabenordner; es bleibt mit seinen Bewertungen im Notenbuch.</translation>
    </message>
</context>
<context>
    <name>NbgraderMetadata</name>
    <message>
        <source>Cell %1: nbgrader field "%2" should be %3; it was ignored. Fix it in the Create Assignment view or in the notebook source.</source>
        <translation>Zelle %1: Das nbgrader-Feld „%2“ sollte %3 sein; es wurde ignoriert. In der Ansicht „Create Assignment“ oder im Quelltext des Notebooks korrigieren.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>Cell %1: negative points (%2) count as 0.</source>
        <translation>Zelle %1: Negative Punkte (%2) zählen als 0.</translation>
    </message>
    <message>
        <source>Cell %1: metadata.nbgrader is not an object; the cell is treated as an ordinary cell.</source>
        <translation>Zelle %1: metadata.nbgrader ist kein Objekt; die Zelle wird als gewöhnliche Zelle behandelt.</translation>
    </message>
    <message>
        <source>Cell %1 uses nbgrader metadata schema version %2, newer than the version %3 GradeDesk understands. Update GradeDesk, or open the notebook with the nbgrader version that wrote it.</source>
        <translation>Zelle %1 verwendet die nbgrader-Metadaten-Schemaversion %2, die neuer ist als die von GradeDesk unterstützte Version %3. GradeDesk aktualisieren oder das Notebook mit der nbgrader-Version öffnen, die es geschrieben hat.</translation>
    </message>
    <message>
        <source>a whole number from 0 to %1</source>
        <translation>eine ganze Zahl von 0 bis %1</translation>
    </message>
    <message>
        <source>Cell %1 is an nbgrader cell with a blank grade_id. Give it a unique id in the Create Assignment view.</source>
        <translation>Zelle %1 ist eine nbgrader-Zelle mit leerer grade_id. In der Ansicht „Create Assignment“ eine eindeutige ID vergeben.</translation>
    </message>
    <message>
        <source>Cells %1 and %2 share the grade_id "%3". Each nbgrader cell needs its own id.</source>
        <translation>Die Zellen %1 und %2 haben dieselbe grade_id „%3“. Jede nbgrader-Zelle benötigt eine eigene ID.</translation>
    </message>
    <message>
        <source>Cell %1 ("%2") is graded but has no points. Set its points in the Create Assignment view.</source>
        <translation>Zelle %1 („%2“) wird bewertet, hat aber keine Punkte. Die Punkte in der Ansicht „Create Assignment“ festlegen.</translation>
    </message>
    <message>
        <source>Markdown cell %1 ("%2") is graded but is not a solution cell; nbgrader requires both or neither.</source>
        <translation>Markdown-Zelle %1 („%2“) wird bewertet, ist aber keine Lösungszelle; nbgrader verlangt beides oder keins von beiden.</translation>
    </message>
    <message>
        <source>Markdown cell %1 ("%2") is a solution cell but is not graded; nbgrader requires both or neither.</source>
        <translation>Markdown-Zelle %1 („%2“) ist eine Lösungszelle, wird aber nicht bewertet; nbgrader verlangt beides oder keins von beiden.</translation>
    </message>
    <message>
        <source>Cell %1 ("%2") is a task cell but not a markdown cell.</source>
        <translation>Zelle %1 („%2“) ist eine Task-Zelle, aber keine Markdown-Zelle.</translation>
    </message>
    <message>
        <source>Cell %1 ("%2") was released as a %3 cell but is now a %4 cell.</source>
        <translation>Zelle %1 („%2“) wurde als %3-Zelle freigegeben, ist jetzt aber eine %4-Zelle.</translation>
    </message>
</context>
<context>
    <name>NgshareConnectionTest</name>
    <message>
        <source>You (%1) belong to the ngshare course “%2” but do not teach it, so you cannot release or collect. Ask an ngshare administrator to add you as an instructor.</source>
        <translation>Das eigene Konto (%1) gehört zum ngshare-Kurs „%2“, unterrichtet ihn aber nicht und kann daher weder freigeben noch einsammeln. Eine ngshare-Administration bitten, das Konto als Lehrkraft hinzuzufügen.</translation>
    </message>
    <message>
        <source>this token's user</source>
        <translation>Benutzer dieses Tokens</translation>
    </message>
    <message numerus="yes">
        <source>Connected to ngshare as %1: %2 course “%3”, %n student(s), %4 released assignment(s).</source>
        <translation>
            <numerusform>Mit ngshare verbunden als %1: %2 Kurs „%3“, %n Studierende/r, %4 freigegebene Aufgabe(n).</numerusform>
            <numerusform>Mit ngshare verbunden als %1: %2 Kurs „%3“, %n Studierende, %4 freigegebene Aufgabe(n).</numerusform>
        </translation>
    </message>
    <message>
        <source>the token's user</source>
        <translation>Benutzer des Tokens</translation>
    </message>
    <message>
        <source>instructor of</source>
        <translation>Lehrkraft im</translation>
    </message>
    <message>
        <source>administrator for</source>
        <translation>Administration für</translation>
    </message>
    <message>
        <source>%1 does not answer like ngshare: its health check failed and it asks for a login. Either the prefix in course.yaml is wrong (a wrong service name also asks for a login) or the server is older than ngshare 0.6 and the token is wrong. Check exchange.prefix (usually /services/ngshare), then the token.</source>
        <translation>%1 antwortet nicht wie ngshare: Die Statusprüfung ist fehlgeschlagen, und der Server verlangt eine Anmeldung. Entweder ist das Präfix in course.yaml falsch (auch ein falscher Dienstname verlangt eine Anmeldung), oder der Server ist älter als ngshare 0.6 und das Token ist falsch. Zuerst exchange.prefix prüfen (meist /services/ngshare), dann das Token.</translation>
    </message>
    <message>
        <source>ngshare fails with an internal error (HTTP %1) on every request, so it cannot check the token: it probably cannot reach the hub. Ask the hub's administrator to check the ngshare service.</source>
        <translation>ngshare scheitert bei jeder Anfrage mit einem internen Fehler (HTTP %1) und kann das Token daher nicht prüfen: Vermutlich erreicht es den Hub nicht. Die Hub-Administration bitten, den ngshare-Dienst zu prüfen.</translation>
    </message>
    <message>
        <source>ngshare has no course “%1” that %2 belongs to. Check course.id in course.yaml; an ngshare administrator creates the course and adds you as its instructor (gradedesk-cli exchange courses --create).</source>
        <translation>ngshare hat keinen Kurs „%1“, zu dem %2 gehört. course.id in course.yaml prüfen; eine ngshare-Administration legt den Kurs an und fügt das Konto als Lehrkraft hinzu (gradedesk-cli exchange courses --create).</translation>
    </message>
</context>
<context>
    <name>NgshareErrors</name>
    <message>
        <source>ngshare did not accept the hub token (it is missing, wrong or expired). Create a new token on the hub's token page (/hub/token) and store it in GradeDesk.</source>
        <translation>ngshare hat das Hub-Token nicht angenommen (es fehlt, ist falsch oder abgelaufen). Auf der Token-Seite des Hubs (/hub/token) ein neues Token erstellen und in GradeDesk speichern.</translation>
    </message>
    <message>
        <source>ngshare refused the hub token (it is wrong or expired). Create a new token on the hub's token page (/hub/token) and store it in GradeDesk.</source>
        <translation>ngshare hat das Hub-Token abgelehnt (es ist falsch oder abgelaufen). Auf der Token-Seite des Hubs (/hub/token) ein neues Token erstellen und in GradeDesk speichern.</translation>
    </message>
    <message>
        <source>ngshare says you may not do this (%1). Ask the course's instructor or the ngshare administrator to give your hub user the needed role.</source>
        <translation>Laut ngshare ist dies nicht erlaubt (%1). Die Lehrkraft des Kurses oder die ngshare-Administration bitten, dem eigenen Hub-Benutzer die nötige Rolle zu geben.</translation>
    </message>
    <message>
        <source>ngshare says you may not do this (%1): only ngshare administrators may change other instructors.</source>
        <translation>Laut ngshare ist dies nicht erlaubt (%1): Nur eine ngshare-Administration darf andere Lehrkräfte ändern.</translation>
    </message>
    <message>
        <source>ngshare: %1.</source>
        <translation>ngshare: %1.</translation>
    </message>
    <message>
        <source>There is no ngshare API at this address (the server answered “not found”). Check the exchange url and prefix in course.yaml, e.g. url https://hub.example.edu with prefix /services/ngshare.</source>
        <translation>Unter dieser Adresse gibt es keine ngshare-API (der Server antwortete „not found“). url und prefix des Exchange in course.yaml prüfen, z. B. url https://hub.example.edu mit prefix /services/ngshare.</translation>
    </message>
    <message>
        <source>ngshare refused the request, most likely because it is larger than the server accepts (100 MiB per request, about 70 MiB of files; a proxy in front may allow less). Make the files smaller.</source>
        <translation>ngshare hat die Anfrage abgelehnt, höchstwahrscheinlich, weil sie größer ist, als der Server annimmt (100 MiB pro Anfrage, etwa 70 MiB an Dateien; ein vorgeschalteter Proxy erlaubt eventuell weniger). Die Dateien verkleinern.</translation>
    </message>
    <message>
        <source>ngshare refused the request: %1.</source>
        <translation>ngshare hat die Anfrage abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The hub could not reach ngshare (HTTP %1); it may be restarting. Try again in a minute.</source>
        <translation>Der Hub konnte ngshare nicht erreichen (HTTP %1); möglicherweise wird es gerade neu gestartet. In einer Minute erneut versuchen.</translation>
    </message>
    <message>
        <source>ngshare failed with an internal error (HTTP %1). If this happens on every request, the hub token may be invalid: run the connection test.</source>
        <translation>ngshare ist mit einem internen Fehler gescheitert (HTTP %1). Tritt dies bei jeder Anfrage auf, ist das Hub-Token möglicherweise ungültig: den Verbindungstest ausführen.</translation>
    </message>
    <message>
        <source>ngshare answered with HTTP %1 (%2).</source>
        <translation>ngshare antwortete mit HTTP %1 (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). The server's certificate is not trusted or TLS is not set up there; nothing was sent. Check the address, or ask the hub's administrator.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2). Dem Zertifikat des Servers wird nicht vertraut, oder TLS ist dort nicht eingerichtet; es wurde nichts gesendet. Die Adresse prüfen oder die Hub-Administration fragen.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). Check the exchange url in course.yaml and your network connection.</source>
        <translation>%1 ist nicht erreichbar (%2). Die Exchange-url in course.yaml und die Netzwerkverbindung prüfen.</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2). Check your network connection and try again.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen (%2). Die Netzwerkverbindung prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. ngshare serves one request at a time, so a large upload or download by someone else can hold it up: try again later.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. ngshare bearbeitet immer nur eine Anfrage gleichzeitig, daher kann ein großer Upload oder Download einer anderen Person es aufhalten: später erneut versuchen.</translation>
    </message>
    <message>
        <source>The ngshare address %1 is not https, so the hub token would travel unencrypted. Use the hub's https:// address in course.yaml.</source>
        <translation>Die ngshare-Adresse %1 verwendet kein https, daher würde das Hub-Token unverschlüsselt übertragen. Die https://-Adresse des Hubs in course.yaml verwenden.</translation>
    </message>
    <message>
        <source>No hub token for %1. Create one on the hub's token page (/hub/token) and store it in GradeDesk (the command line also reads GRADEDESK_NGSHARE_TOKEN or --token-file).</source>
        <translation>Kein Hub-Token für %1. Auf der Token-Seite des Hubs (/hub/token) eines erstellen und in GradeDesk speichern (die Kommandozeile liest auch GRADEDESK_NGSHARE_TOKEN oder --token-file).</translation>
    </message>
    <message>
        <source>The server's answer is not what ngshare sends (%1). Check the exchange url and prefix in course.yaml.</source>
        <translation>Die Antwort des Servers entspricht nicht dem, was ngshare sendet (%1). url und prefix des Exchange in course.yaml prüfen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>NgshareTree</name>
    <message>
        <source>The file path “%1” is not allowed (%2); it was refused and nothing was written for it.</source>
        <translation>Der Dateipfad „%1“ ist nicht zulässig (%2); er wurde abgelehnt, und dafür wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>ngshare sent a malformed file list (entry %1: %2). Try again; if it persists, the server's copy is damaged.</source>
        <translation>ngshare hat eine fehlerhafte Dateiliste gesendet (Eintrag %1: %2). Erneut versuchen; tritt der Fehler weiter auf, ist die Kopie auf dem Server beschädigt.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <source>it contains a control character</source>
        <translation>er enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>it contains a backslash</source>
        <translation>er enthält einen Backslash</translation>
    </message>
    <message>
        <source>it is absolute</source>
        <translation>er ist absolut</translation>
    </message>
    <message>
        <source>it starts with a drive letter</source>
        <translation>er beginnt mit einem Laufwerksbuchstaben</translation>
    </message>
    <message>
        <source>it names a folder, not a file</source>
        <translation>er bezeichnet einen Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it contains “%1”</source>
        <translation>er enthält „%1“</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The files in %1 add up to more than %2 MiB, more than ngshare accepts in one upload. Remove large data files from the folder.</source>
        <translation>Die Dateien in %1 sind zusammen größer als %2 MiB, mehr als ngshare in einem Upload annimmt. Große Datendateien aus dem Ordner entfernen.</translation>
    </message>
    <message>
        <source>it is not in its plain form “%1”</source>
        <translation>er liegt nicht in seiner einfachen Form „%1“ vor</translation>
    </message>
    <message>
        <source>it appears twice</source>
        <translation>er kommt doppelt vor</translation>
    </message>
    <message>
        <source>The file “%1” arrived damaged (its MD5 checksum does not match the server's). Nothing was written for it; collect again.</source>
        <translation>Die Datei „%1“ ist beschädigt angekommen (ihre MD5-Prüfsumme stimmt nicht mit der des Servers überein). Für sie wurde nichts geschrieben; erneut einsammeln.</translation>
    </message>
    <message>
        <source>The server lists “%1” twice; the last copy was kept.</source>
        <translation>Der Server listet „%1“ doppelt; die letzte Kopie wurde behalten.</translation>
    </message>
</context>
<context>
    <name>NotebookCommand</name>
    <message>
        <source>Show a notebook's cells with their parsed nbgrader metadata and the checksum nbgrader would compute now.</source>
        <translation>Die Zellen eines Notebooks mit ihren eingelesenen nbgrader-Metadaten und der Prüfsumme anzeigen, die nbgrader jetzt berechnen würde.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>The .ipynb file.</source>
        <translation>Die .ipynb-Datei.</translation>
    </message>
    <message>
        <source>nbformat %1, language %2</source>
        <translation>nbformat %1, Sprache %2</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>notebook: missing subcommand</source>
        <translation>notebook: Unterbefehl fehlt</translation>
    </message>
    <message>
        <source>Usage: gradedesk-cli notebook inspect FILE [--json]
</source>
        <translation>Aufruf: gradedesk-cli notebook inspect FILE [--json]
</translation>
    </message>
    <message>
        <source>notebook: unknown subcommand '%1'</source>
        <translation>notebook: unbekannter Unterbefehl „%1“</translation>
    </message>
</context>
<context>
    <name>NotebookReader</name>
    <message>
        <source>The notebook</source>
        <translation>Das Notebook</translation>
    </message>
    <message>
        <source>%1 is not a valid notebook: %2. Open it in Jupyter to repair it, or restore it from a backup.</source>
        <translation>%1 ist kein gültiges Notebook: %2. Zum Reparieren in Jupyter öffnen oder aus einer Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>it has no nbformat version</source>
        <translation>es hat keine nbformat-Version</translation>
    </message>
    <message>
        <source>its nbformat version is not a whole number</source>
        <translation>seine nbformat-Version ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 uses notebook format %2 (unsupported nbformat %2). GradeDesk reads nbformat 4; convert the notebook with "jupyter nbconvert --to notebook" or by saving it in a current Jupyter.</source>
        <translation>%1 verwendet das Notebook-Format %2 (nicht unterstütztes nbformat %2). GradeDesk liest nbformat 4; das Notebook mit „jupyter nbconvert --to notebook“ oder durch Speichern in einem aktuellen Jupyter konvertieren.</translation>
    </message>
    <message>
        <source>its nbformat_minor is not a whole number</source>
        <translation>sein nbformat_minor ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 uses nbformat 4.%2, newer than 4.%3. It was opened; parts GradeDesk does not know are kept unchanged but not shown.</source>
        <translation>%1 verwendet nbformat 4.%2, neuer als 4.%3. Es wurde geöffnet; Teile, die GradeDesk nicht kennt, bleiben unverändert, werden aber nicht angezeigt.</translation>
    </message>
    <message>
        <source>its metadata is not an object</source>
        <translation>seine Metadaten sind kein Objekt</translation>
    </message>
    <message>
        <source>it has no list of cells</source>
        <translation>es hat keine Zellenliste</translation>
    </message>
    <message>
        <source>its cells are not a list</source>
        <translation>seine Zellen sind keine Liste</translation>
    </message>
    <message>
        <source>cell %1 is not an object</source>
        <translation>Zelle %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>cell %1 has no cell type</source>
        <translation>Zelle %1 hat keinen Zelltyp</translation>
    </message>
    <message>
        <source>Cell %1 has the unknown type "%2"; it is kept unchanged but not shown.</source>
        <translation>Zelle %1 hat den unbekannten Typ „%2“; sie bleibt unverändert, wird aber nicht angezeigt.</translation>
    </message>
    <message>
        <source>the id of cell %1 is not a string</source>
        <translation>die ID von Zelle %1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>Cell %1 has no id, which nbformat 4.5 requires.</source>
        <translation>Zelle %1 hat keine ID, obwohl nbformat 4.5 eine verlangt.</translation>
    </message>
    <message>
        <source>the metadata of cell %1 is not an object</source>
        <translation>die Metadaten von Zelle %1 sind kein Objekt</translation>
    </message>
    <message>
        <source>cell %1 has no source</source>
        <translation>Zelle %1 hat keinen Quelltext</translation>
    </message>
    <message>
        <source>the source of cell %1 is neither text nor a list of lines</source>
        <translation>der Quelltext von Zelle %1 ist weder Text noch eine Liste von Zeilen</translation>
    </message>
    <message>
        <source>Cell %1: its tags are not a list and were ignored.</source>
        <translation>Zelle %1: Die Tags sind keine Liste und wurden ignoriert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the execution count of cell %1 is not a number</source>
        <translation>der Ausführungszähler von Zelle %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>the outputs of cell %1 are not a list</source>
        <translation>die Ausgaben von Zelle %1 sind keine Liste</translation>
    </message>
    <message>
        <source>output %1 of cell %2 %3</source>
        <translation>Ausgabe %1 von Zelle %2 %3</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>has no output type</source>
        <translation>hat keinen Ausgabetyp</translation>
    </message>
    <message>
        <source>has no text</source>
        <translation>hat keinen Text</translation>
    </message>
    <message>
        <source>has data or metadata that is not an object</source>
        <translation>hat Daten oder Metadaten, die kein Objekt sind</translation>
    </message>
    <message>
        <source>has a traceback that is not a list</source>
        <translation>hat einen Traceback, der keine Liste ist</translation>
    </message>
    <message>
        <source>has a traceback line that is not text</source>
        <translation>hat eine Traceback-Zeile, die kein Text ist</translation>
    </message>
    <message>
        <source>Cell %1 has an output of the unknown type "%2"; it is kept unchanged but not shown.</source>
        <translation>Zelle %1 hat eine Ausgabe des unbekannten Typs „%2“; sie bleibt unverändert, wird aber nicht angezeigt.</translation>
    </message>
    <message>
        <source>Cell %1 has the id "%2", which nbformat does not allow (letters, digits, "-" and "_", up to 64).</source>
        <translation>Zelle %1 hat die ID „%2“, die nbformat nicht erlaubt (Buchstaben, Ziffern, „-“ und „_“, höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>Cells %1 and %2 have the same id "%3".</source>
        <translation>Die Zellen %1 und %2 haben dieselbe ID „%3“.</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check that the file exists and that you may read it.</source>
        <translation>%1 konnte nicht geöffnet werden: %2. Prüfen, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB GradeDesk opens. Clear its outputs in Jupyter and try again.</source>
        <translation>%1 ist %2 MB groß, mehr als die %3 MB, die GradeDesk öffnet. Die Ausgaben in Jupyter löschen und erneut versuchen.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4. The file is damaged or was not saved completely; restore it from a backup or ask the student to submit again.</source>
        <translation>%1 ist kein gültiges JSON: %2 in Zeile %3, Spalte %4. Die Datei ist beschädigt oder wurde nicht vollständig gespeichert; aus einer Sicherung wiederherstellen oder um eine erneute Abgabe bitten.</translation>
    </message>
    <message>
        <source>%1 is not a notebook: its JSON is not an object. Check that you chose an .ipynb file.</source>
        <translation>%1 ist kein Notebook: Sein JSON ist kein Objekt. Prüfen, ob eine .ipynb-Datei ausgewählt wurde.</translation>
    </message>
</context>
<context>
    <name>NotebookRenderer</name>
    <message>
        <source>This notebook has problems; it is shown as far as possible:</source>
        <translation>Dieses Notebook hat Probleme; es wird so weit wie möglich angezeigt:</translation>
    </message>
    <message>
        <source>Grade · %1 pt</source>
        <translation>Bewertung · %1 Pkt.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Graded cell: points count towards the score.</source>
        <translation>Bewertete Zelle: Die Punkte zählen zur Punktzahl.</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>The student writes the answer in this cell.</source>
        <translation>In diese Zelle schreiben die Studierenden ihre Antwort.</translation>
    </message>
    <message>
        <source>Task · %1 pt</source>
        <translation>Task · %1 Pkt.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>A task graded by hand.</source>
        <translation>Ein Task, der von Hand bewertet wird.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Students cannot edit this cell.</source>
        <translation>Studierende können diese Zelle nicht bearbeiten.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>The student left this answer cell as it was released.</source>
        <translation>Die Antwortzelle ist noch im freigegebenen Zustand.</translation>
    </message>
    <message>
        <source>The cell matches the released version.</source>
        <translation>Die Zelle entspricht der freigegebenen Version.</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>This cell differs from the released version although students should not edit it.</source>
        <translation>Diese Zelle weicht von der freigegebenen Version ab, obwohl Studierende sie nicht bearbeiten sollten.</translation>
    </message>
    <message>
        <source>nbgrader cell id</source>
        <translation>nbgrader-Zellen-ID</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>(empty cell)</source>
        <translation>(leere Zelle)</translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) of traceback</source>
        <translation>
            <numerusform>%n weitere Traceback-Zeile</numerusform>
            <numerusform>%n weitere Traceback-Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>[output of type “%1” not shown]</source>
        <translation>[Ausgabe vom Typ „%1“ nicht angezeigt]</translation>
    </message>
    <message>
        <source>[output with no displayable content]</source>
        <translation>[Ausgabe ohne darstellbaren Inhalt]</translation>
    </message>
    <message>
        <source>a large HTML output (%1 KB)</source>
        <translation>eine große HTML-Ausgabe (%1 KB)</translation>
    </message>
    <message>
        <source>[image too large to show: %1 MB]</source>
        <translation>[Bild zu groß für die Anzeige: %1 MB]</translation>
    </message>
    <message>
        <source>[%1 image that could not be decoded]</source>
        <translation>[%1-Bild, das nicht dekodiert werden konnte]</translation>
    </message>
    <message>
        <source>[SVG image that could not be read]</source>
        <translation>[SVG-Bild, das nicht gelesen werden konnte]</translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s)</source>
        <translation>
            <numerusform>%n weitere Zeile</numerusform>
            <numerusform>%n weitere Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all (%1 hidden)</source>
        <translation>Alles anzeigen (%1 ausgeblendet)</translation>
    </message>
</context>
<context>
    <name>NotebookWriter</name>
    <message>
        <source>Could not write %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. The previous version of the file is unchanged; free some disk space or choose another folder.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Die vorherige Version der Datei ist unverändert; Speicherplatz freigeben oder einen anderen Ordner wählen.</translation>
    </message>
</context>
<context>
    <name>OtterQuestions</name>
    <message>
        <source>Cell %1 begins an otter question that never ends (no END QUESTION); the question runs to the end of the notebook.</source>
        <translation>Zelle %1 beginnt eine otter-Frage, die nie endet (kein END QUESTION); die Frage reicht bis zum Ende des Notebooks.</translation>
    </message>
    <message>
        <source>Cell %1: the otter question header is not valid YAML; the question has no name or points.</source>
        <translation>Zelle %1: Der Kopf der otter-Frage ist kein gültiges YAML; die Frage hat keinen Namen und keine Punkte.</translation>
    </message>
    <message>
        <source>Cell %1 begins an otter question inside the one begun at cell %2, which has no END QUESTION.</source>
        <translation>Zelle %1 beginnt eine otter-Frage innerhalb der in Zelle %2 begonnenen, die kein END QUESTION hat.</translation>
    </message>
    <message>
        <source>Cell %1 ends an otter question that was never begun (no BEGIN QUESTION).</source>
        <translation>Zelle %1 beendet eine otter-Frage, die nie begonnen wurde (kein BEGIN QUESTION).</translation>
    </message>
</context>
<context>
    <name>PathGuard</name>
    <message>
        <source>The path '%1' contains a NUL character and was refused. Rename the file or folder.</source>
        <translation>Der Pfad „%1“ enthält ein NUL-Zeichen und wurde abgelehnt. Die Datei bzw. den Ordner umbenennen.</translation>
    </message>
    <message>
        <source>The path '%1' is absolute, but only paths inside '%2' are allowed. It was refused.</source>
        <translation>Der Pfad „%1“ ist absolut, erlaubt sind aber nur Pfade innerhalb von „%2“. Er wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The folder '%1' does not exist. Check the course directory setting.</source>
        <translation>Der Ordner „%1“ existiert nicht. Die Einstellung für das Kursverzeichnis prüfen.</translation>
    </message>
    <message>
        <source>The path '%1' points outside '%2' and was refused.</source>
        <translation>Der Pfad „%1“ zeigt aus „%2“ heraus und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The path '%1' goes through a broken link ('%2'), so where it leads cannot be checked. It was refused; remove or fix the link.</source>
        <translation>Der Pfad „%1“ führt über einen defekten Link („%2“), daher kann sein Ziel nicht geprüft werden. Er wurde abgelehnt; den Link entfernen oder reparieren.</translation>
    </message>
    <message>
        <source>The path '%1' is a link to '%2', which is outside '%3'. It was refused; copy the files into the course folder instead of linking them.</source>
        <translation>Der Pfad „%1“ ist ein Link auf „%2“, das außerhalb von „%3“ liegt. Er wurde abgelehnt; die Dateien in den Kursordner kopieren, statt sie zu verlinken.</translation>
    </message>
    <message>
        <source>The %1 name '%2' is not allowed (%3). It was skipped; rename it.</source>
        <translation>Der Name „%2“ (%1) ist nicht zulässig (%3). Er wurde übersprungen; bitte umbenennen.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <source>it starts with a dot</source>
        <translation>er beginnt mit einem Punkt</translation>
    </message>
    <message>
        <source>it contains a path separator</source>
        <translation>er enthält ein Pfadtrennzeichen</translation>
    </message>
    <message>
        <source>it contains a control character</source>
        <translation>er enthält ein Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>RegradeCommands</name>
    <message>
        <source>Usage: gradedesk-cli --course FILE regrade COMMAND [options]

Commands:
  list ASSIGNMENT [--state STATE]      the assignment's requests, oldest first
  add ASSIGNMENT STUDENT [NOTEBOOK:GRADE_ID] --message TEXT
                                       enter a request (no question: the whole submission)
  import-csv FILE [--dry-run]          requests from CSV: student,assignment,question,message
  import-canvas ASSIGNMENT [--dry-run] requests from Canvas submission comments that start
                                       with the course's canvas.regrade_keyword (REGRADE)
  review ID                            mark a request as in review
  resolve ID --reply TEXT              resolve it; the reply says why (the student reads it)
  reopen ID [--message TEXT]           open a resolved request again

Imports add each row or comment once: importing again adds only what is new.
</source>
        <translation>Aufruf: gradedesk-cli --course DATEI regrade BEFEHL [Optionen]

Befehle:
  list ASSIGNMENT [--state STATE]      die Anträge der Aufgabe, älteste zuerst
  add ASSIGNMENT STUDENT [NOTEBOOK:GRADE_ID] --message TEXT
                                       einen Antrag erfassen (ohne Teilaufgabe: die gesamte Abgabe)
  import-csv FILE [--dry-run]          Anträge aus CSV: student,assignment,question,message
  import-canvas ASSIGNMENT [--dry-run] Anträge aus Canvas-Abgabekommentaren, die mit dem
                                       canvas.regrade_keyword des Kurses (REGRADE) beginnen
  review ID                            einen Antrag als in Prüfung markieren
  resolve ID --reply TEXT              als erledigt abschließen; die Antwort nennt den Grund (die Studierenden lesen sie)
  reopen ID [--message TEXT]           einen erledigten Antrag wieder öffnen

Importe fügen jede Zeile bzw. jeden Kommentar einmal hinzu: Ein erneuter Import fügt nur Neues hinzu.
</translation>
    </message>
    <message>
        <source>whole submission</source>
        <translation>gesamte Abgabe</translation>
    </message>
    <message>
        <source>Request %1 (%2, %3): %4, score %5 -&gt; %6.</source>
        <translation>Antrag %1 (%2, %3): %4, Punkte %5 -&gt; %6.</translation>
    </message>
    <message>
        <source>Request %1 (%2, %3): %4, score %5.</source>
        <translation>Antrag %1 (%2, %3): %4, Punkte %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were left out (listed above). Fix them and import the file again: rows already imported are not added twice.</source>
        <translation><numerusform>%n Zeile wurde ausgelassen (oben aufgelistet). Die Zeile korrigieren und die Datei erneut importieren: Bereits importierte Zeilen werden nicht doppelt hinzugefügt.</numerusform><numerusform>%n Zeilen wurden ausgelassen (oben aufgelistet). Die Zeilen korrigieren und die Datei erneut importieren: Bereits importierte Zeilen werden nicht doppelt hinzugefügt.</numerusform></translation>
    </message>
    <message>
        <source>List the regrade requests of ASSIGNMENT, oldest first.</source>
        <translation>Die Anträge auf Neubewertung von ASSIGNMENT auflisten, älteste zuerst.</translation>
    </message>
    <message>
        <source>The assignment.</source>
        <translation>Die Aufgabe.</translation>
    </message>
    <message>
        <source>Only requests in STATE: open, in_review, resolved or reopened.</source>
        <translation>Nur Anträge im Status STATE: open, in_review, resolved oder reopened.</translation>
    </message>
    <message>
        <source>regrade list: unknown state '%1' (open, in_review, resolved or reopened)</source>
        <translation>regrade list: unbekannter Status „%1“ (open, in_review, resolved oder reopened)</translation>
    </message>
    <message>
        <source>The gradebook has no assignment %1.</source>
        <translation>Das Notenbuch enthält keine Aufgabe %1.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Teilaufgabe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>(whole submission)</source>
        <translation>(ganze Abgabe)</translation>
    </message>
    <message>
        <source>Requests shown: %1</source>
        <translation>Angezeigte Anträge: %1</translation>
    </message>
    <message>
        <source>Enter a regrade request of STUDENT on a question of ASSIGNMENT (NOTEBOOK:GRADE_ID, or the grade_id alone when only one notebook has it); without a question it is about the whole submission.</source>
        <translation>Einen Antrag auf Neubewertung von STUDENT zu einer Teilaufgabe von ASSIGNMENT erfassen (NOTEBOOK:GRADE_ID oder nur die grade_id, wenn nur ein Notebook sie enthält); ohne Teilaufgabe betrifft er die ganze Abgabe.</translation>
    </message>
    <message>
        <source>The student id.</source>
        <translation>Die ID der/des Studierenden.</translation>
    </message>
    <message>
        <source>The question (optional).</source>
        <translation>Die Teilaufgabe (optional).</translation>
    </message>
    <message>
        <source>What the student asks (required).</source>
        <translation>Das Anliegen der/des Studierenden (erforderlich).</translation>
    </message>
    <message>
        <source>regrade add: --message TEXT is required (what the student asks)</source>
        <translation>regrade add: --message TEXT ist erforderlich (das Anliegen der/des Studierenden)</translation>
    </message>
    <message>
        <source>Not added: %1.</source>
        <translation>Nicht hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Added regrade request %1.</source>
        <translation>Antrag auf Neubewertung %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>bereits importiert</translation>
    </message>
    <message>
        <source>skip: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>Import regrade requests from a CSV file with the columns student,assignment,question,message (any order; question empty for the whole submission). Rows with a problem are listed and left out; the others are added together. Rows imported before are not added again.</source>
        <translation>Anträge auf Neubewertung aus einer CSV-Datei mit den Spalten student,assignment,question,message importieren (beliebige Reihenfolge; question leer für die ganze Abgabe). Zeilen mit einem Problem werden aufgelistet und ausgelassen; die übrigen werden gemeinsam hinzugefügt. Bereits früher importierte Zeilen werden nicht erneut hinzugefügt.</translation>
    </message>
    <message>
        <source>The CSV file (UTF-8).</source>
        <translation>Die CSV-Datei (UTF-8).</translation>
    </message>
    <message>
        <source>Show what would be added; add nothing.</source>
        <translation>Anzeigen, was hinzugefügt würde; nichts hinzufügen.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 to add, %2 already imported, %3 with problems. Dry run: nothing was added.</source>
        <translation>%1 hinzuzufügen, %2 bereits importiert, %3 mit Problemen. Probelauf: Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 added, %2 already imported, %3 left out.</source>
        <translation>%1 hinzugefügt, %2 bereits importiert, %3 ausgelassen.</translation>
    </message>
    <message>
        <source>Nothing new: every request of this file was imported before.</source>
        <translation>Nichts Neues: Jeder Antrag dieser Datei wurde bereits früher importiert.</translation>
    </message>
    <message>
        <source>%1 has no Canvas section. Add one such as 'canvas: {url: https://canvas.example.edu, course_id: "12345"}' and try again.</source>
        <translation>%1 hat keinen Canvas-Abschnitt. Einen ergänzen, etwa „canvas: {url: https://canvas.example.edu, course_id: "12345"}“, und erneut versuchen.</translation>
    </message>
    <message>
        <source>Canvas access token</source>
        <translation>Canvas-Zugriffstoken</translation>
    </message>
    <message>
        <source>No Canvas access token: pass --token-file FILE, set GRADEDESK_CANVAS_TOKEN, or store the token in the keychain from the GradeDesk app (%1).</source>
        <translation>Kein Canvas-Zugriffstoken: --token-file FILE angeben, GRADEDESK_CANVAS_TOKEN setzen oder das Token in der GradeDesk-App im Schlüsselbund speichern (%1).</translation>
    </message>
    <message>
        <source>Canvas has no assignment “%1”, so it has no comments to import. Push the grades first (gradedesk-cli canvas push %1).</source>
        <translation>Canvas hat keine Aufgabe „%1“ und daher keine Kommentare zum Importieren. Zuerst die Noten übertragen (gradedesk-cli canvas push %1).</translation>
    </message>
    <message>
        <source>Import regrade requests from the submission comments of ASSIGNMENT in Canvas: comments of the student that start with the course's keyword (canvas.regrade_keyword, default REGRADE), e.g. "REGRADE nb:q3: please look at part b", "REGRADE q3 ..." or "REGRADE ..." for the whole submission. Each comment is imported once.</source>
        <translation>Anträge auf Neubewertung aus den Abgabekommentaren von ASSIGNMENT in Canvas importieren: Kommentare der/des Studierenden, die mit dem Stichwort des Kurses beginnen (canvas.regrade_keyword, Standard REGRADE), z. B. „REGRADE nb:q3: bitte Teil b noch einmal ansehen“, „REGRADE q3 ...“ oder „REGRADE ...“ für die ganze Abgabe. Jeder Kommentar wird nur einmal importiert.</translation>
    </message>
    <message>
        <source>The GradeDesk assignment.</source>
        <translation>Die GradeDesk-Aufgabe.</translation>
    </message>
    <message>
        <source>Read the Canvas access token from FILE (keep it readable only by you).</source>
        <translation>Das Canvas-Zugriffstoken aus FILE lesen (die Datei nur für das eigene Konto lesbar halten).</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Canvas user</source>
        <translation>Canvas-Konto</translation>
    </message>
    <message>
        <source>%1 comments read, %2 start with %3: %4 to add, %5 already imported, %6 skipped.</source>
        <translation>%1 Kommentare gelesen, %2 beginnen mit %3: %4 hinzuzufügen, %5 bereits importiert, %6 übersprungen.</translation>
    </message>
    <message>
        <source>Dry run: nothing was added.</source>
        <translation>Probelauf: Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 added, %2 already imported, %3 skipped.</source>
        <translation>%1 hinzugefügt, %2 bereits importiert, %3 übersprungen.</translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>Nichts Neues zu importieren.</translation>
    </message>
    <message>
        <source>Mark regrade request ID as in review.</source>
        <translation>Den Antrag auf Neubewertung ID als „in Prüfung“ markieren.</translation>
    </message>
    <message>
        <source>Resolve regrade request ID with a reply saying why. The outcome is "changed" when the answer's score differs from when the request was entered; changed grades are marked for the next Canvas push (gradedesk-cli canvas push ASSIGNMENT --only-regraded).</source>
        <translation>Den Antrag auf Neubewertung ID mit einer Antwort erledigen, die die Begründung nennt. Das Ergebnis ist „changed“, wenn sich die Punkte der Antwort seit dem Erfassen des Antrags unterscheiden; geänderte Noten werden für die nächste Canvas-Übertragung markiert (gradedesk-cli canvas push ASSIGNMENT --only-regraded).</translation>
    </message>
    <message>
        <source>Open resolved regrade request ID again.</source>
        <translation>Den erledigten Antrag auf Neubewertung ID wieder öffnen.</translation>
    </message>
    <message>
        <source>The request id (regrade list shows it).</source>
        <translation>Die Antrags-ID (regrade list zeigt sie an).</translation>
    </message>
    <message>
        <source>The resolution's reason (required).</source>
        <translation>Die Begründung der Entscheidung (erforderlich).</translation>
    </message>
    <message>
        <source>Why it is opened again.</source>
        <translation>Warum der Antrag wieder geöffnet wird.</translation>
    </message>
    <message>
        <source>%1: '%2' is not a request id</source>
        <translation>%1: „%2“ ist keine Antrags-ID</translation>
    </message>
    <message>
        <source>regrade resolve: --reply TEXT is required (the student reads it)</source>
        <translation>regrade resolve: --reply TEXT ist erforderlich (die Studierenden lesen es)</translation>
    </message>
    <message>
        <source>There is no regrade request %1 (regrade list ASSIGNMENT shows them).</source>
        <translation>Es gibt keinen Antrag auf Neubewertung %1 (regrade list ASSIGNMENT zeigt sie an).</translation>
    </message>
    <message>
        <source>The grade changed: it is marked for the next Canvas push (gradedesk-cli canvas push %1 --only-regraded).</source>
        <translation>Die Note hat sich geändert: Sie ist für die nächste Canvas-Übertragung markiert (gradedesk-cli canvas push %1 --only-regraded).</translation>
    </message>
    <message>
        <source>regrade: missing command (list, add, import-csv, import-canvas, review, resolve or reopen)</source>
        <translation>regrade: Befehl fehlt (list, add, import-csv, import-canvas, review, resolve oder reopen)</translation>
    </message>
    <message>
        <source>regrade: unknown command '%1'</source>
        <translation>regrade: unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>RegradeCsv</name>
    <message>
        <source>Cannot read the regrade requests %1: %2.</source>
        <translation>Die Anträge auf Neubewertung %1 können nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 has no column %2. Its first row must name the columns student,assignment,question,message (in any order).</source>
        <translation>%1 hat keine Spalte %2. Die erste Zeile muss die Spalten student,assignment,question,message benennen (in beliebiger Reihenfolge).</translation>
    </message>
    <message>
        <source>the message is empty: say what the student asks for</source>
        <translation>die Nachricht ist leer: angeben, was beantragt wird</translation>
    </message>
    <message>
        <source>the same request as row %1</source>
        <translation>derselbe Antrag wie in Zeile %1</translation>
    </message>
    <message>
        <source>imported before</source>
        <translation>bereits zuvor importiert</translation>
    </message>
    <message>
        <source>%1, row %2: %3 Nothing was imported.</source>
        <translation>%1, Zeile %2: %3 Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>RegradeTargets</name>
    <message>
        <source>no assignment given</source>
        <translation>keine Aufgabe angegeben</translation>
    </message>
    <message>
        <source>no assignment “%1” in the gradebook</source>
        <translation>keine Aufgabe „%1“ im Notenbuch</translation>
    </message>
    <message>
        <source>assignment %1 has no question “%2” (write notebook:grade_id, e.g. %3)</source>
        <translation>Aufgabe %1 hat keine Teilaufgabe „%2“ (notebook:grade_id angeben, z. B. %3)</translation>
    </message>
    <message>
        <source>“%1” is a question of several notebooks (%2); write notebook:grade_id</source>
        <translation>„%1“ ist eine Teilaufgabe mehrerer Notebooks (%2); notebook:grade_id angeben</translation>
    </message>
    <message>
        <source>no student given</source>
        <translation>keine Studierenden angegeben</translation>
    </message>
    <message>
        <source>no student “%1” in the gradebook</source>
        <translation>Studierende „%1“ nicht im Notenbuch gefunden</translation>
    </message>
    <message>
        <source>%1 has no submission of %2</source>
        <translation>%1 hat keine Abgabe zu %2</translation>
    </message>
    <message>
        <source>%1 did not submit the notebook %2 of %3</source>
        <translation>%1 hat das Notebook %2 von %3 nicht abgegeben</translation>
    </message>
</context>
<context>
    <name>ReleaseGenerator</name>
    <message>
        <source>The %1 "%2" contains "+", which nbgrader does not allow in assignment names. Rename the folder.</source>
        <translation>Der %1 „%2“ enthält „+“, was nbgrader in Aufgabennamen nicht erlaubt. Den Ordner umbenennen.</translation>
    </message>
    <message>
        <source>%1 is in a subfolder, and nbgrader releases only the notebooks at the top of the assignment folder; it was left out.</source>
        <translation>%1 liegt in einem Unterordner, und nbgrader gibt nur die Notebooks auf der obersten Ebene des Aufgabenordners frei; die Datei wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1 in the assignment folder is not an ordinary file (a device, socket or pipe), so it cannot be released. Remove it.</source>
        <translation>%1 im Aufgabenordner ist keine gewöhnliche Datei (sondern ein Gerät, Socket oder eine Pipe) und kann daher nicht freigegeben werden. Die Datei entfernen.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check the disk space and your rights in the release folder.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden. Den Speicherplatz und die eigenen Rechte im Freigabeordner prüfen.</translation>
    </message>
    <message>
        <source>Could not copy %1 into the release: %2. Check the disk space and your rights in the release folder.</source>
        <translation>%1 konnte nicht in die Freigabe kopiert werden: %2. Den Speicherplatz und die eigenen Rechte im Freigabeordner prüfen.</translation>
    </message>
    <message>
        <source>%1 already exists, and a release is never overwritten. Remove that folder first if you really mean to release again.</source>
        <translation>%1 existiert bereits, und eine Freigabe wird nie überschrieben. Diesen Ordner zuerst entfernen, wenn wirklich erneut freigegeben werden soll.</translation>
    </message>
    <message>
        <source>The assignment folder %1 does not exist. Check the course's source folder.</source>
        <translation>Der Aufgabenordner %1 existiert nicht. Den Quellordner (source) des Kurses prüfen.</translation>
    </message>
    <message>
        <source>assignment folder</source>
        <translation>Aufgabenordner</translation>
    </message>
    <message>
        <source>release folder</source>
        <translation>Freigabeordner</translation>
    </message>
    <message>
        <source>There is no notebook (.ipynb) at the top of %1, so there is nothing to release. Put the assignment's notebooks there.</source>
        <translation>Auf der obersten Ebene von %1 liegt kein Notebook (.ipynb), daher gibt es nichts freizugeben. Die Notebooks der Aufgabe dort ablegen.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check your rights in the course folder.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden. Die eigenen Rechte im Kursordner prüfen.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder in %1: %2. Check the disk space and your rights there.</source>
        <translation>In %1 konnte kein temporärer Ordner erstellt werden: %2. Den Speicherplatz und die eigenen Rechte dort prüfen.</translation>
    </message>
    <message>
        <source>Could not move the finished release into %1. Check your rights in the course folder.</source>
        <translation>Die fertige Freigabe konnte nicht nach %1 verschoben werden. Die eigenen Rechte im Kursordner prüfen.</translation>
    </message>
    <message>
        <source>%1, cell %2%3</source>
        <translation>%1, Zelle %2%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1 opens a "%2" region inside another one. Add the missing "%3" line above it.</source>
        <translation>Zeile %1 öffnet einen „%2“-Bereich innerhalb eines anderen. Die fehlende Zeile „%3“ darüber ergänzen.</translation>
    </message>
    <message>
        <source>the "%1" on line %2 has no matching "%3". Add the "%3" line where the region ends.</source>
        <translation>Das „%1“ in Zeile %2 hat kein passendes „%3“. Die Zeile „%3“ dort ergänzen, wo der Bereich endet.</translation>
    </message>
    <message>
        <source>%1: a "%2" line without a matching BEGIN was removed, as nbgrader removes it.</source>
        <translation>%1: Eine Zeile „%2“ ohne passendes BEGIN wurde entfernt, wie nbgrader es auch tut.</translation>
    </message>
    <message>
        <source>A release delimiter is empty, so every line would match it. Set all six BEGIN/END delimiters.</source>
        <translation>Ein Freigabe-Begrenzer ist leer, sodass jede Zeile darauf passen würde. Alle sechs BEGIN/END-Begrenzer festlegen.</translation>
    </message>
    <message>
        <source>the notebook</source>
        <translation>das Notebook</translation>
    </message>
    <message>
        <source>%1 (header of %2)</source>
        <translation>%1 (Kopfteil von %2)</translation>
    </message>
    <message>
        <source>the header notebook</source>
        <translation>das Kopfteil-Notebook</translation>
    </message>
    <message>
        <source>%1 (footer of %2)</source>
        <translation>%1 (Fußteil von %2)</translation>
    </message>
    <message>
        <source>the footer notebook</source>
        <translation>das Fußteil-Notebook</translation>
    </message>
    <message>
        <source>%1 is written in %2, and there is no code stub for %2 to put in place of its solutions. Add a code stub for %2 to the release settings.</source>
        <translation>%1 ist in %2 geschrieben, und es gibt keinen Code-Platzhalter für %2, der anstelle der Lösungen eingesetzt werden kann. In den Freigabe-Einstellungen einen Code-Platzhalter für %2 ergänzen.</translation>
    </message>
    <message>
        <source>an autograder tests cell</source>
        <translation>Autograder-Testzelle</translation>
    </message>
    <message>
        <source>a manually graded task cell</source>
        <translation>manuell bewertete Aufgabenzelle (Task)</translation>
    </message>
    <message>
        <source>it holds a "%1" region but is not a solution cell. Make it an answer cell in the Create Assignment view, or remove the delimiters.</source>
        <translation>Die Zelle enthält einen „%1“-Bereich, ist aber keine Lösungszelle. Die Zelle in der Ansicht „Create Assignment“ zu einer Antwortzelle machen oder die Begrenzer entfernen.</translation>
    </message>
    <message>
        <source>%1: its metadata says it was a %2 cell; it is released as the %3 cell it is now.</source>
        <translation>%1: Laut Metadaten war dies eine %2-Zelle; sie wird als die %3-Zelle freigegeben, die sie jetzt ist.</translation>
    </message>
    <message>
        <source>%1 and %2 share the grade_id "%3". Give each nbgrader cell its own id in the Create Assignment view.</source>
        <translation>%1 und %2 haben dieselbe grade_id „%3“. Jeder nbgrader-Zelle in der Ansicht „Create Assignment“ eine eigene ID geben.</translation>
    </message>
    <message>
        <source>it holds a "%1" region but is not %2. Change the cell type in the Create Assignment view, or remove the delimiters.</source>
        <translation>Die Zelle enthält einen „%1“-Bereich, ist aber keine %2. Den Zelltyp in der Ansicht „Create Assignment“ ändern oder die Begrenzer entfernen.</translation>
    </message>
    <message>
        <source>%1 is a link to a folder, and nbgrader does not copy linked folders; it was left out. Copy the folder into the assignment instead.</source>
        <translation>%1 ist ein Link auf einen Ordner, und nbgrader kopiert keine verlinkten Ordner; er wurde ausgelassen. Stattdessen den Ordner in die Aufgabe kopieren.</translation>
    </message>
    <message>
        <source>it uses nbgrader's AUTOTEST directives, which need a running kernel to turn into tests. Release this assignment with "nbgrader generate_assignment", or write the tests out.</source>
        <translation>Die Zelle verwendet die AUTOTEST-Direktiven von nbgrader, die einen laufenden Kernel brauchen, um in Tests umgewandelt zu werden. Diese Aufgabe mit „nbgrader generate_assignment“ freigeben oder die Tests ausschreiben.</translation>
    </message>
</context>
<context>
    <name>ReleaseValidation</name>
    <message>
        <source>its nbgrader field "%1" must be %2. Fix it in the Create Assignment view or in the notebook source.</source>
        <translation>Das nbgrader-Feld „%1“ der Zelle ist ungültig (erwartet: %2). In der Ansicht „Create Assignment“ oder im Quelltext des Notebooks korrigieren.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>it uses the old nbgrader metadata version %1, and releasing needs version %2. Upgrade the notebook with "nbgrader update", then release again.</source>
        <translation>Die Zelle verwendet die alte nbgrader-Metadatenversion %1, für die Freigabe ist Version %2 nötig. Das Notebook mit „nbgrader update“ aktualisieren und dann erneut freigeben.</translation>
    </message>
    <message>
        <source>it uses nbgrader metadata version %1, newer than the version %2 GradeDesk releases. Update GradeDesk.</source>
        <translation>Die Zelle verwendet die nbgrader-Metadatenversion %1, die neuer ist als die Version %2, die GradeDesk freigibt. GradeDesk aktualisieren.</translation>
    </message>
    <message>
        <source>its nbgrader metadata has the unknown field "%1", which nbgrader refuses. Remove the field from the notebook source.</source>
        <translation>Die nbgrader-Metadaten der Zelle enthalten das unbekannte Feld „%1“, das nbgrader ablehnt. Das Feld aus dem Quelltext des Notebooks entfernen.</translation>
    </message>
    <message>
        <source>its nbgrader metadata lacks the required field "%1". Set the cell type again in the Create Assignment view.</source>
        <translation>In den nbgrader-Metadaten der Zelle fehlt das Pflichtfeld „%1“. Den Zelltyp in der Ansicht „Create Assignment“ erneut festlegen.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>made of letters, digits, "_" and "-"</source>
        <translation>nur Buchstaben, Ziffern, „_“ und „-“</translation>
    </message>
    <message>
        <source>a number of at least 0</source>
        <translation>eine Zahl von mindestens 0</translation>
    </message>
    <message>
        <source>32 characters of text</source>
        <translation>ein Text aus 32 Zeichen</translation>
    </message>
    <message>
        <source>"code", "markdown" or "raw"</source>
        <translation>„code“, „markdown“ oder „raw“</translation>
    </message>
    <message>
        <source>it is an nbgrader cell without a grade_id. Give it a unique id in the Create Assignment view.</source>
        <translation>Die Zelle ist eine nbgrader-Zelle ohne grade_id. In der Ansicht „Create Assignment“ eine eindeutige ID vergeben.</translation>
    </message>
    <message>
        <source>it is graded but has no points. Set its points in the Create Assignment view.</source>
        <translation>Die Zelle wird bewertet, hat aber keine Punkte. Ihre Punkte in der Ansicht „Create Assignment“ festlegen.</translation>
    </message>
    <message>
        <source>it is a task cell but not a markdown cell. Make it a markdown cell, or choose another nbgrader cell type for it.</source>
        <translation>Die Zelle ist eine Task-Zelle, aber keine Markdown-Zelle. Daraus eine Markdown-Zelle machen oder einen anderen nbgrader-Zelltyp wählen.</translation>
    </message>
    <message>
        <source>it is a graded markdown cell that is not a solution cell; nbgrader needs both or neither. Make it a "Manually graded answer" cell.</source>
        <translation>Die Zelle ist eine bewertete Markdown-Zelle, aber keine Lösungszelle; nbgrader verlangt beides oder keins von beiden. Daraus eine Zelle vom Typ „Manually graded answer“ machen.</translation>
    </message>
    <message>
        <source>it is a markdown solution cell that is not graded; nbgrader needs both or neither. Make it a "Manually graded answer" cell.</source>
        <translation>Die Zelle ist eine Markdown-Lösungszelle, wird aber nicht bewertet; nbgrader verlangt beides oder keins von beiden. Daraus eine Zelle vom Typ „Manually graded answer“ machen.</translation>
    </message>
    <message>
        <source>its metadata.nbgrader is not an object. Remove it, or set the cell type in the Create Assignment view.</source>
        <translation>metadata.nbgrader der Zelle ist kein Objekt. Es entfernen oder den Zelltyp in der Ansicht „Create Assignment“ festlegen.</translation>
    </message>
</context>
<context>
    <name>RemoteDialogSupport</name>
    <message>
        <source>%1
Press Connect… to enter a new token.</source>
        <translation>%1
„Verbinden…“ drücken, um ein neues Token einzugeben.</translation>
    </message>
    <message>
        <source>%1
Use Exchange ▸ Connect to ngshare… to enter a new token.</source>
        <translation>%1
Über Austausch ▸ Mit ngshare verbinden… ein neues Token eingeben.</translation>
    </message>
    <message>
        <source>%1
Exchange ▸ Connect to ngshare… ▸ Test Connection shows your role in the course.</source>
        <translation>%1
Austausch ▸ Mit ngshare verbinden… ▸ Verbindung testen zeigt die eigene Rolle im Kurs.</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>Cannot read the roster %1: %2.</source>
        <translation>Die Teilnehmerliste %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The roster %1 has no 'id' column. Its first row must name the columns, e.g. id,first_name,last_name,email.</source>
        <translation>Die Teilnehmerliste %1 hat keine Spalte „id“. Ihre erste Zeile muss die Spalten benennen, z. B. id,first_name,last_name,email.</translation>
    </message>
    <message>
        <source>Row %1 left out: '%2' is not a usable student id.</source>
        <translation>Zeile %1 ausgelassen: „%2“ ist keine verwendbare Studierenden-ID.</translation>
    </message>
</context>
<context>
    <name>RubricYaml</name>
    <message>
        <source>The file holds more than one YAML document (a line “---” starts the second one). Keep one rubric per file and import it again.</source>
        <translation>Die Datei enthält mehr als ein YAML-Dokument (eine Zeile „---“ beginnt das zweite). Nur ein Bewertungsschema pro Datei behalten und erneut importieren.</translation>
    </message>
    <message>
        <source>The file is empty. Export a rubric from GradeDesk to see the expected form.</source>
        <translation>Die Datei ist leer. Ein Bewertungsschema aus GradeDesk exportieren, um das erwartete Format zu sehen.</translation>
    </message>
    <message>
        <source>The file is not valid YAML: %1. Fix the text at this place (check indentation, colons and closing brackets) and import it again.</source>
        <translation>Die Datei ist kein gültiges YAML: %1. Den Text an dieser Stelle korrigieren (Einrückung, Doppelpunkte und schließende Klammern prüfen) und erneut importieren.</translation>
    </message>
    <message>
        <source>“%1” must be %2, but it is %3. Correct the rubric file and import it again.</source>
        <translation>„%1“ muss %2 sein, ist aber %3. Die Bewertungsschema-Datei korrigieren und erneut importieren.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text. Save it as UTF-8 and import it again.</source>
        <translation>Die Datei ist kein gültiger UTF-8-Text. Die Datei als UTF-8 speichern und erneut importieren.</translation>
    </message>
    <message>
        <source>the rubric file</source>
        <translation>die Bewertungsschema-Datei</translation>
    </message>
    <message>
        <source>a mapping of keys to values</source>
        <translation>eine Zuordnung von Schlüsseln zu Werten</translation>
    </message>
    <message>
        <source>Unknown key “%1”. Allowed here: %2. Check its spelling and indentation and import the rubric again.</source>
        <translation>Unbekannter Schlüssel „%1“. Hier erlaubt: %2. Schreibweise und Einrückung prüfen und das Bewertungsschema erneut importieren.</translation>
    </message>
    <message>
        <source>“%1” is set twice. Remove one of them and import the rubric again.</source>
        <translation>„%1“ ist doppelt angegeben. Einen der beiden Einträge entfernen und das Bewertungsschema erneut importieren.</translation>
    </message>
    <message>
        <source>“%1” is missing. Add it and import the rubric again.</source>
        <translation>„%1“ fehlt. Den Eintrag ergänzen und das Bewertungsschema erneut importieren.</translation>
    </message>
    <message>
        <source>non-empty text</source>
        <translation>nicht leerer Text</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a number such as 2, -0.5 or 1.25</source>
        <translation>eine Zahl wie 2, -0.5 oder 1.25</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>This is not a GradeDesk rubric file: “version” is missing. Export a rubric from GradeDesk to see the expected form.</source>
        <translation>Dies ist keine GradeDesk-Bewertungsschema-Datei: „version“ fehlt. Ein Bewertungsschema aus GradeDesk exportieren, um das erwartete Format zu sehen.</translation>
    </message>
    <message>
        <source>a whole number of 1 or more</source>
        <translation>eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>This rubric was written by a newer GradeDesk (format version %1; this version reads up to %2). Update GradeDesk to import it.</source>
        <translation>Dieses Bewertungsschema wurde von einer neueren GradeDesk-Version geschrieben (Formatversion %1; diese Version liest bis %2). GradeDesk aktualisieren, um es zu importieren.</translation>
    </message>
    <message>
        <source>“positive” (start at 0 and add) or “negative” (start at full marks and deduct)</source>
        <translation>„positive“ (bei 0 beginnen und hinzufügen) oder „negative“ (bei voller Punktzahl beginnen und abziehen)</translation>
    </message>
    <message>
        <source>one digit or letter</source>
        <translation>eine Ziffer oder ein Buchstabe</translation>
    </message>
    <message>
        <source>a list of rubric items</source>
        <translation>eine Liste von Kriterien</translation>
    </message>
    <message>
        <source>The shortcut “%1” of %2 is already used by items[%3] (line %4). Give each item its own shortcut, or none, and import the rubric again.</source>
        <translation>Das Tastenkürzel „%1“ von %2 wird bereits von items[%3] (Zeile %4) verwendet. Jedem Kriterium ein eigenes oder gar kein Tastenkürzel geben und das Bewertungsschema erneut importieren.</translation>
    </message>
</context>
<context>
    <name>SubmissionWriter</name>
    <message>
        <source>The folder for %1 could not be created. Check the free space and permissions of the course folder.</source>
        <translation>Der Ordner für %1 konnte nicht erstellt werden. Freien Speicherplatz und Berechtigungen des Kursordners prüfen.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check the free space and permissions of the course folder.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Freien Speicherplatz und Berechtigungen des Kursordners prüfen.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>student</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Check the permissions of the course folder.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden. Die Berechtigungen des Kursordners prüfen.</translation>
    </message>
    <message>
        <source>No temporary folder could be made in %1 (%2).</source>
        <translation>In %1 konnte kein temporärer Ordner erstellt werden (%2).</translation>
    </message>
    <message>
        <source>The earlier copy in %1 could not be moved aside; nothing was changed.</source>
        <translation>Die frühere Kopie in %1 konnte nicht beiseitegeschoben werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The downloaded submission could not be moved to %1; nothing was changed.</source>
        <translation>Die heruntergeladene Abgabe konnte nicht nach %1 verschoben werden; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>YamlNode</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Grading console for Jupyter-notebook courses</source>
        <translation>Bewertungskonsole für Jupyter-Notebook-Kurse</translation>
    </message>
    <message>
        <source>Open the course described by FILE (course.yaml).</source>
        <translation>Den durch DATEI beschriebenen Kurs öffnen (course.yaml).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
</context>
</TS>