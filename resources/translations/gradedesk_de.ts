<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
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
        <source>&apos;course.id&apos; is missing. Add a line such as &apos;course: {id: demo101, title: &quot;Data Analysis 101&quot;}&apos; and open the course again.</source>
        <translation>„course.id“ fehlt. Eine Zeile wie „course: {id: demo101, title: &quot;Data Analysis 101&quot;}“ ergänzen und den Kurs erneut öffnen.</translation>
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
        <source>The test returned %1 points, more than the cell&apos;s %2; grade it by hand.</source>
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
        <source>Cell %1 repeats the grade id &apos;%2&apos; and was ignored.</source>
        <translation>Zelle %1 wiederholt die grade_id „%2“ und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The cell &apos;%1&apos; is missing from the submission; grade it by hand.</source>
        <translation>Die Zelle „%1“ fehlt in der Abgabe; von Hand bewerten.</translation>
    </message>
    <message>
        <source>Cell %1 claims to be graded (&apos;%2&apos;) but the assignment has no such cell; it was ignored.</source>
        <translation>Zelle %1 gibt an, bewertet zu werden („%2“), aber die Aufgabe hat keine solche Zelle; sie wurde ignoriert.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: gradedesk-cli [--course FILE] COMMAND [options]

Commands:
  demo DIR [--students N] [--seed S]   generate a demo course with DIR/course.yaml
  init DIR                             write course.yaml for an existing nbgrader course
  collect [ASSIGNMENT]                 collect submissions into the gradebook (needs --course)
  grades export [--assignment A] [--per-question]
                                       write grades as CSV to stdout (needs --course)
  notebook inspect FILE [--json]       show a notebook&apos;s cells, nbgrader metadata and checksums

Global options:
  --course FILE   the course.yaml to work on
  -h, --help      show this help, or a command&apos;s help after the command
  -v, --version   show the version

Exit status: 0 on success, 1 on failure, 2 on bad usage.
</source>
        <translation>Aufruf: gradedesk-cli [--course FILE] COMMAND [Optionen]

Befehle:
  demo DIR [--students N] [--seed S]   Demokurs mit DIR/course.yaml erzeugen
  init DIR                             course.yaml für einen vorhandenen nbgrader-Kurs schreiben
  collect [ASSIGNMENT]                 Abgaben ins Notenbuch einsammeln (erfordert --course)
  grades export [--assignment A] [--per-question]
                                       Noten als CSV auf stdout ausgeben (erfordert --course)
  notebook inspect FILE [--json]       Zellen, nbgrader-Metadaten und Prüfsummen eines Notebooks anzeigen

Globale Optionen:
  --course FILE   die zu bearbeitende course.yaml
  -h, --help      diese Hilfe anzeigen, nach einem Befehl dessen Hilfe
  -v, --version   die Version anzeigen

Exit-Status: 0 bei Erfolg, 1 bei Fehler, 2 bei falschem Aufruf.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>%1: missing argument</source>
        <translation>%1: Argument fehlt</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <source>--course needs a file</source>
        <translation>--course erfordert eine Datei</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>Befehl fehlt</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
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
        <source>The notebook &apos;%1&apos; is missing from the submission.</source>
        <translation>Das Notebook „%1“ fehlt in der Abgabe.</translation>
    </message>
    <message>
        <source>The notebook &apos;%1&apos; is not part of the assignment and was ignored.</source>
        <translation>Das Notebook „%1“ gehört nicht zur Aufgabe und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The submission is older (%1) than the one in the gradebook (%2); the gradebook keeps the newer one.</source>
        <translation>Die Abgabe ist älter (%1) als die im Notenbuch (%2); das Notenbuch behält die neuere.</translation>
    </message>
    <message>
        <source>timestamp.txt does not hold a valid time; the file&apos;s modification time (%1 UTC) was used.</source>
        <translation>timestamp.txt enthält keine gültige Zeitangabe; stattdessen wurde die Änderungszeit der Datei (%1 UTC) verwendet.</translation>
    </message>
    <message>
        <source>timestamp.txt is missing; the notebooks&apos; modification time (%1 UTC) was used.</source>
        <translation>timestamp.txt fehlt; stattdessen wurde die Änderungszeit der Notebooks (%1 UTC) verwendet.</translation>
    </message>
</context>
<context>
    <name>CourseCommands</name>
    <message>
        <source>%1 needs --course FILE</source>
        <translation>%1 erfordert --course FILE</translation>
    </message>
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
        <source>Imported nbgrader&apos;s gradebook.db.</source>
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
        <source>Collect new or newer submissions from the course&apos;s exchange into its gradebook, with the scores of any autograded notebooks.</source>
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
        <source>grades: unknown subcommand &apos;%1&apos;</source>
        <translation>grades: unbekannter Unterbefehl „%1“</translation>
    </message>
    <message>
        <source>Write grades as CSV to stdout, in nbgrader&apos;s export columns (one row per student and assignment).</source>
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
        <source>The course file %1 could not be saved: %2. The previous version is unchanged; check the folder&apos;s permissions and free space.</source>
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
        <source>Generate a complete demo course in DIR: a data-analysis assignment with autograded and manual questions, and N students&apos; submissions and autograded results. Open it with gradedesk --course DIR/course.yaml after gradedesk-cli --course DIR/course.yaml collect.</source>
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
        <source>&apos;%1&apos; is a file, not a folder. Choose a new or empty folder for the demo course.</source>
        <translation>„%1“ ist eine Datei, kein Ordner. Einen neuen oder leeren Ordner für den Demokurs wählen.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; is not empty. The demo course is only written into a new or empty folder, so that no existing files are overwritten.</source>
        <translation>Der Ordner „%1“ ist nicht leer. Der Demokurs wird nur in einen neuen oder leeren Ordner geschrieben, damit keine vorhandenen Dateien überschrieben werden.</translation>
    </message>
    <message>
        <source>Could not create the folder &apos;%1&apos;. Check that the parent folder exists and is writable.</source>
        <translation>Der Ordner „%1“ konnte nicht erstellt werden. Prüfen, ob der übergeordnete Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Could not write &apos;%1&apos;: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2. Freien Speicherplatz und Zugriffsrechte des Ordners prüfen.</translation>
    </message>
    <message>
        <source>Could not create the folder &apos;%1&apos;. Check the folder&apos;s permissions.</source>
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
        <source>This version of GradeDesk cannot collect from ngshare yet. Use a local course folder (exchange type &quot;local&quot;) in the course settings.</source>
        <translation>Diese Version von GradeDesk kann noch nicht aus ngshare einsammeln. In den Kurseinstellungen einen lokalen Kursordner (Exchange-Typ „local“) verwenden.</translation>
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
        <source>An assignment needs a name. Use the assignment&apos;s folder name.</source>
        <translation>Eine Aufgabe benötigt einen Namen. Den Ordnernamen der Aufgabe verwenden.</translation>
    </message>
    <message>
        <source>A notebook needs a name. Use the notebook&apos;s file name without .ipynb.</source>
        <translation>Ein Notebook benötigt einen Namen. Den Dateinamen des Notebooks ohne .ipynb verwenden.</translation>
    </message>
    <message>
        <source>A graded or locked cell has no grade_id. Give every nbgrader cell a unique id in the source notebook and import it again.</source>
        <translation>Eine bewertete oder gesperrte Zelle hat keine grade_id. Jeder nbgrader-Zelle im Quell-Notebook eine eindeutige ID geben und es erneut importieren.</translation>
    </message>
    <message>
        <source>The grade_id &quot;%1&quot; is used by more than one cell. Make the ids unique in the source notebook and import it again.</source>
        <translation>Die grade_id „%1“ wird von mehreren Zellen verwendet. Die IDs im Quell-Notebook eindeutig machen und es erneut importieren.</translation>
    </message>
    <message>
        <source>The cell &quot;%1&quot; was removed from the notebook, but students already have grades or comments for it. Put the cell back, or keep the old version of the assignment.</source>
        <translation>Die Zelle „%1“ wurde aus dem Notebook entfernt, aber Studierende haben dafür bereits Bewertungen oder Kommentare. Die Zelle wiederherstellen oder die alte Version der Aufgabe beibehalten.</translation>
    </message>
    <message>
        <source>A student needs an id. Use the student&apos;s hub username.</source>
        <translation>Studierende benötigen eine ID. Den Hub-Benutzernamen der Person verwenden.</translation>
    </message>
</context>
<context>
    <name>GradeDesk::Services::LocalExchange</name>
    <message>
        <source>The course folder &apos;%1&apos; does not exist. Check the exchange directory in the course settings.</source>
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
        <source>%1: the assignment could not be read from source/ or release/ (%2); the gradebook&apos;s copy of its cells was used.</source>
        <translation>%1: Die Aufgabe konnte nicht aus source/ oder release/ gelesen werden (%2); stattdessen wurde die Kopie ihrer Zellen im Notenbuch verwendet.</translation>
    </message>
    <message>
        <source>The assignment &apos;%1&apos; is not in the gradebook.</source>
        <translation>Die Aufgabe „%1“ ist nicht im Notenbuch enthalten.</translation>
    </message>
    <message>
        <source>The assignment &apos;%1&apos; has no notebooks. Put its notebooks in source/%1/ and collect again.</source>
        <translation>Die Aufgabe „%1“ hat keine Notebooks. Ihre Notebooks in source/%1/ ablegen und erneut einsammeln.</translation>
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
        <source>The course&apos;s assignments could not be read.</source>
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
</context>
<context>
    <name>GradeDesk::Ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
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
        <source>The submission&apos;s notebooks could not be listed</source>
        <translation>Die Notebooks der Abgabe konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>This submission has no notebooks</source>
        <translation>Diese Abgabe enthält keine Notebooks</translation>
    </message>
    <message>
        <source>The student&apos;s folder held no notebook of this assignment.</source>
        <translation>Der Studierendenordner enthielt kein Notebook dieser Aufgabe.</translation>
    </message>
    <message>
        <source>This notebook cannot be shown</source>
        <translation>Dieses Notebook kann nicht angezeigt werden</translation>
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
        <source>The gradebook did not confirm a change. Try again; if it keeps failing, check the database server&apos;s log.</source>
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
        <source>The gradebook has no assignment named &quot;%1&quot;. Check the name (it is the assignment&apos;s folder name) and try again.</source>
        <translation>Das Notenbuch enthält keine Aufgabe namens „%1“. Den Namen prüfen (es ist der Ordnername der Aufgabe) und erneut versuchen.</translation>
    </message>
    <message>
        <source>The grades could not be written (%1). Check free space and permissions, then export again.</source>
        <translation>Die Noten konnten nicht geschrieben werden (%1). Freien Speicherplatz und Zugriffsrechte prüfen, dann erneut exportieren.</translation>
    </message>
</context>
<context>
    <name>NbgraderImport</name>
    <message>
        <source>Skipped notebook &quot;%1&quot;: it belongs to no assignment.</source>
        <translation>Notebook „%1“ übersprungen: Es gehört zu keiner Aufgabe.</translation>
    </message>
    <message>
        <source>The submission time &quot;%1&quot; of %2 could not be read.</source>
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
        <source>&quot;%1&quot; is not a valid assignment name. Use the assignment&apos;s folder name, without slashes or a leading dot.</source>
        <translation>„%1“ ist kein gültiger Aufgabenname. Den Ordnernamen der Aufgabe verwenden, ohne Schrägstriche und ohne Punkt am Anfang.</translation>
    </message>
    <message>
        <source>The assignment &quot;%1&quot; has no folder source/%1 or release/%1 in the course directory %2. Check the assignment name and the course directory.</source>
        <translation>Die Aufgabe „%1“ hat keinen Ordner source/%1 oder release/%1 im Kursverzeichnis %2. Aufgabenname und Kursverzeichnis prüfen.</translation>
    </message>
    <message>
        <source>The folder %1 holds no notebooks. Put the assignment&apos;s .ipynb files there and import again.</source>
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
        <source>a duplicate (&quot;%1&quot;)</source>
        <translation>doppelte grade_id („%1“)</translation>
    </message>
    <message>
        <source>The assignment &quot;%1&quot; is not released yet, so its answer cells were recorded with the instructor&apos;s solutions. Import it again after releasing it.</source>
        <translation>Die Aufgabe „%1“ ist noch nicht freigegeben, daher wurden ihre Antwortzellen mit den Lösungen der Lehrkraft erfasst. Nach der Freigabe erneut importieren.</translation>
    </message>
    <message>
        <source>The notebook &quot;%1&quot; is no longer in the assignment folder; it stays in the gradebook with its grades.</source>
        <translation>Das Notebook „%1“ ist nicht mehr im Aufgabenordner; es bleibt mit seinen Bewertungen im Notenbuch.</translation>
    </message>
</context>
<context>
    <name>NbgraderMetadata</name>
    <message>
        <source>Cell %1: nbgrader field &quot;%2&quot; should be %3; it was ignored. Fix it in the Create Assignment view or in the notebook source.</source>
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
        <source>Cells %1 and %2 share the grade_id &quot;%3&quot;. Each nbgrader cell needs its own id.</source>
        <translation>Die Zellen %1 und %2 haben dieselbe grade_id „%3“. Jede nbgrader-Zelle benötigt eine eigene ID.</translation>
    </message>
    <message>
        <source>Cell %1 (&quot;%2&quot;) is graded but has no points. Set its points in the Create Assignment view.</source>
        <translation>Zelle %1 („%2“) wird bewertet, hat aber keine Punkte. Die Punkte in der Ansicht „Create Assignment“ festlegen.</translation>
    </message>
    <message>
        <source>Markdown cell %1 (&quot;%2&quot;) is graded but is not a solution cell; nbgrader requires both or neither.</source>
        <translation>Markdown-Zelle %1 („%2“) wird bewertet, ist aber keine Lösungszelle; nbgrader verlangt beides oder keins von beiden.</translation>
    </message>
    <message>
        <source>Markdown cell %1 (&quot;%2&quot;) is a solution cell but is not graded; nbgrader requires both or neither.</source>
        <translation>Markdown-Zelle %1 („%2“) ist eine Lösungszelle, wird aber nicht bewertet; nbgrader verlangt beides oder keins von beiden.</translation>
    </message>
    <message>
        <source>Cell %1 (&quot;%2&quot;) is a task cell but not a markdown cell.</source>
        <translation>Zelle %1 („%2“) ist eine Task-Zelle, aber keine Markdown-Zelle.</translation>
    </message>
    <message>
        <source>Cell %1 (&quot;%2&quot;) was released as a %3 cell but is now a %4 cell.</source>
        <translation>Zelle %1 („%2“) wurde als %3-Zelle freigegeben, ist jetzt aber eine %4-Zelle.</translation>
    </message>
</context>
<context>
    <name>NotebookCommand</name>
    <message>
        <source>Show a notebook&apos;s cells with their parsed nbgrader metadata and the checksum nbgrader would compute now.</source>
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
        <source>notebook: unknown subcommand &apos;%1&apos;</source>
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
        <source>%1 uses notebook format %2 (unsupported nbformat %2). GradeDesk reads nbformat 4; convert the notebook with &quot;jupyter nbconvert --to notebook&quot; or by saving it in a current Jupyter.</source>
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
        <source>Cell %1 has the unknown type &quot;%2&quot;; it is kept unchanged but not shown.</source>
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
        <source>Cell %1 has an output of the unknown type &quot;%2&quot;; it is kept unchanged but not shown.</source>
        <translation>Zelle %1 hat eine Ausgabe des unbekannten Typs „%2“; sie bleibt unverändert, wird aber nicht angezeigt.</translation>
    </message>
    <message>
        <source>Cell %1 has the id &quot;%2&quot;, which nbformat does not allow (letters, digits, &quot;-&quot; and &quot;_&quot;, up to 64).</source>
        <translation>Zelle %1 hat die ID „%2“, die nbformat nicht erlaubt (Buchstaben, Ziffern, „-“ und „_“, höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>Cells %1 and %2 have the same id &quot;%3&quot;.</source>
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
        <source>The path &apos;%1&apos; contains a NUL character and was refused. Rename the file or folder.</source>
        <translation>Der Pfad „%1“ enthält ein NUL-Zeichen und wurde abgelehnt. Die Datei bzw. den Ordner umbenennen.</translation>
    </message>
    <message>
        <source>The path &apos;%1&apos; is absolute, but only paths inside &apos;%2&apos; are allowed. It was refused.</source>
        <translation>Der Pfad „%1“ ist absolut, erlaubt sind aber nur Pfade innerhalb von „%2“. Er wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist. Check the course directory setting.</source>
        <translation>Der Ordner „%1“ existiert nicht. Die Einstellung für das Kursverzeichnis prüfen.</translation>
    </message>
    <message>
        <source>The path &apos;%1&apos; points outside &apos;%2&apos; and was refused.</source>
        <translation>Der Pfad „%1“ zeigt aus „%2“ heraus und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The path &apos;%1&apos; goes through a broken link (&apos;%2&apos;), so where it leads cannot be checked. It was refused; remove or fix the link.</source>
        <translation>Der Pfad „%1“ führt über einen defekten Link („%2“), daher kann sein Ziel nicht geprüft werden. Er wurde abgelehnt; den Link entfernen oder reparieren.</translation>
    </message>
    <message>
        <source>The path &apos;%1&apos; is a link to &apos;%2&apos;, which is outside &apos;%3&apos;. It was refused; copy the files into the course folder instead of linking them.</source>
        <translation>Der Pfad „%1“ ist ein Link auf „%2“, das außerhalb von „%3“ liegt. Er wurde abgelehnt; die Dateien in den Kursordner kopieren, statt sie zu verlinken.</translation>
    </message>
    <message>
        <source>The %1 name &apos;%2&apos; is not allowed (%3). It was skipped; rename it.</source>
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
    <name>RosterImport</name>
    <message>
        <source>Cannot read the roster %1: %2.</source>
        <translation>Die Teilnehmerliste %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The roster %1 has no &apos;id&apos; column. Its first row must name the columns, e.g. id,first_name,last_name,email.</source>
        <translation>Die Teilnehmerliste %1 hat keine Spalte „id“. Ihre erste Zeile muss die Spalten benennen, z. B. id,first_name,last_name,email.</translation>
    </message>
    <message>
        <source>Row %1 left out: &apos;%2&apos; is not a usable student id.</source>
        <translation>Zeile %1 ausgelassen: „%2“ ist keine verwendbare Studierenden-ID.</translation>
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
