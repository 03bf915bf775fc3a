<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CanvasAssignments</name>
    <message numerus="yes">
        <source>Canvas has %n assignment(s) called “%1” (ids %2). Rename or delete the extra ones in Canvas so the name is unique.</source>
        <translation>
            <numerusform>Canvas has %n assignment called “%1” (ids %2). Rename or delete the extra ones in Canvas so the name is unique.</numerusform>
            <numerusform>Canvas has %n assignments called “%1” (ids %2). Rename or delete the extra ones in Canvas so the name is unique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasCommands</name>
    <message numerus="yes">
        <source>%n Canvas student(s) were left out; decide them with --map CANVAS_USER_ID=USERNAME.</source>
        <translation>
            <numerusform>%n Canvas student was left out; decide them with --map CANVAS_USER_ID=USERNAME.</numerusform>
            <numerusform>%n Canvas students were left out; decide them with --map CANVAS_USER_ID=USERNAME.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s) are not in Canvas (marked FAILED above, with the reason). Run the same push again to retry only those.</source>
        <translation>
            <numerusform>%n grade is not in Canvas (marked FAILED above, with the reason). Run the same push again to retry only those.</numerusform>
            <numerusform>%n grades are not in Canvas (marked FAILED above, with the reason). Run the same push again to retry only those.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasErrors</name>
    <message numerus="yes">
        <source>Canvas kept asking GradeDesk to slow down (rate limit) and refused the request %n time(s). Wait a few minutes, close other tools that use your Canvas token, and try again.</source>
        <translation>
            <numerusform>Canvas kept asking GradeDesk to slow down (rate limit) and refused the request %n time. Wait a few minutes, close other tools that use your Canvas token, and try again.</numerusform>
            <numerusform>Canvas kept asking GradeDesk to slow down (rate limit) and refused the request %n times. Wait a few minutes, close other tools that use your Canvas token, and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasGrades</name>
    <message numerus="yes">
        <source>%n answer(s) still need manual grading</source>
        <translation>
            <numerusform>%n answer still needs manual grading</numerusform>
            <numerusform>%n answers still need manual grading</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasIdentityMatcher</name>
    <message numerus="yes">
        <source>%n Canvas user(s) give the username %1. Choose the username of each by hand.</source>
        <translation>
            <numerusform>%n Canvas user gives the username %1. Choose the username of each by hand.</numerusform>
            <numerusform>%n Canvas users give the username %1. Choose the username of each by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseCommands</name>
    <message numerus="yes">
        <source>Wrote %1 with %n assignment(s): %2</source>
        <translation>
            <numerusform>Wrote %1 with %n assignment: %2</numerusform>
            <numerusform>Wrote %1 with %n assignments: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) could not be collected (see the warnings above).</source>
        <translation>
            <numerusform>%n submission could not be collected (see the warnings above).</numerusform>
            <numerusform>%n submissions could not be collected (see the warnings above).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message numerus="yes">
        <source>%n student(s) could not be removed.</source>
        <translation>
            <numerusform>%n student could not be removed.</numerusform>
            <numerusform>%n students could not be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) on ngshare.</source>
        <translation>
            <numerusform>%n student on ngshare.</numerusform>
            <numerusform>%n students on ngshare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) were refused by ngshare (see above).</source>
        <translation>
            <numerusform>%n student was refused by ngshare (see above).</numerusform>
            <numerusform>%n students were refused by ngshare (see above).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released “%1” on ngshare%2: %n file(s), %3 KiB.</source>
        <translation>
            <numerusform>Released “%1” on ngshare%2: %n file, %3 KiB.</numerusform>
            <numerusform>Released “%1” on ngshare%2: %n files, %3 KiB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) could not be collected (see the warnings above); run the same command again to retry them.</source>
        <translation>
            <numerusform>%n submission could not be collected (see the warnings above); run the same command again to retry them.</numerusform>
            <numerusform>%n submissions could not be collected (see the warnings above); run the same command again to retry them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n feedback page(s) to %1</source>
        <translation>
            <numerusform>Wrote %n feedback page to %1</numerusform>
            <numerusform>Wrote %n feedback pages to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded the feedback of %n submission(s)</source>
        <translation>
            <numerusform>Uploaded the feedback of %n submission</numerusform>
            <numerusform>Uploaded the feedback of %n submissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n page(s)).</source>
        <translation>
            <numerusform> (%n page).</numerusform>
            <numerusform> (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) got no feedback (see the warnings above).</source>
        <translation>
            <numerusform>%n student got no feedback (see the warnings above).</numerusform>
            <numerusform>%n students got no feedback (see the warnings above).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackHtml</name>
    <message numerus="yes">
        <source>%n more line(s) not shown.</source>
        <translation>
            <numerusform>%n more line not shown.</numerusform>
            <numerusform>%n more lines not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::AssignmentListModel</name>
    <message numerus="yes">
        <source>%1
%2
%n submission(s)</source>
        <translation>
            <numerusform>%1
%2
%n submission</numerusform>
            <numerusform>%1
%2
%n submissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) manual grading</source>
        <translation>
            <numerusform>%n needs manual grading</numerusform>
            <numerusform>%n need manual grading</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Services::NgshareCollect</name>
    <message numerus="yes">
        <source>%n submission(s) by instructors of the course were left out.</source>
        <translation>
            <numerusform>%n submission by instructors of the course was left out.</numerusform>
            <numerusform>%n submissions by instructors of the course were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Services::NgshareExchange</name>
    <message numerus="yes">
        <source>%n submission(s) were downloaded into the course folder, but importing them failed: %1</source>
        <translation>
            <numerusform>%n submission was downloaded into the course folder, but importing them failed: %1</numerusform>
            <numerusform>%n submissions were downloaded into the course folder, but importing them failed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is already released, and ngshare cannot update a released assignment. Replacing it would delete the %n submission(s) already made, so GradeDesk will not do it. Release the changed version under a new name instead.</source>
        <translation>
            <numerusform>“%1” is already released, and ngshare cannot update a released assignment. Replacing it would delete the %n submission already made, so GradeDesk will not do it. Release the changed version under a new name instead.</numerusform>
            <numerusform>“%1” is already released, and ngshare cannot update a released assignment. Replacing it would delete the %n submissions already made, so GradeDesk will not do it. Release the changed version under a new name instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::CanvasPushDialog</name>
    <message numerus="yes">
        <source>Send %n grade(s) of “%1” to Canvas?</source>
        <translation>
            <numerusform>Send %n grade of “%1” to Canvas?</numerusform>
            <numerusform>Send %n grades of “%1” to Canvas?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::CanvasRosterDialog</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Canvas student(s) have no hub username yet and will be left out of this import. Apply the other changes?</source>
        <translation>
            <numerusform>%n Canvas student has no hub username yet and will be left out of this import. Apply the other changes?</numerusform>
            <numerusform>%n Canvas students have no hub username yet and will be left out of this import. Apply the other changes?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::CollectProgress</name>
    <message numerus="yes">
        <source>%n problem(s) — fix the files named below and collect again:</source>
        <translation>
            <numerusform>%n problem — fix the file named below and collect again:</numerusform>
            <numerusform>%n problems — fix the files named below and collect again:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the log).</source>
        <translation>
            <numerusform>… and %n more (see the log).</numerusform>
            <numerusform>… and %n more (see the log).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%1 · %n assignment(s)</source>
        <translation>
            <numerusform>%1 · %n assignment</numerusform>
            <numerusform>%1 · %n assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n submission(s)</source>
        <translation>
            <numerusform> · %n submission</numerusform>
            <numerusform> · %n submissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n to grade by hand</source>
        <translation>
            <numerusform> · %n to grade by hand</numerusform>
            <numerusform> · %n to grade by hand</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::SubmissionPane</name>
    <message numerus="yes">
        <source>%n question(s) to grade by hand</source>
        <translation>
            <numerusform>%n question to grade by hand</numerusform>
            <numerusform>%n questions to grade by hand</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradingCommands</name>
    <message numerus="yes">
        <source>Wrote %n rubric item(s) to %1</source>
        <translation>
            <numerusform>Wrote %n rubric item to %1</numerusform>
            <numerusform>Wrote %n rubric items to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n rubric item(s) to %1 %2</source>
        <translation>
            <numerusform>Added %n rubric item to %1 %2</numerusform>
            <numerusform>Added %n rubric items to %1 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n feedback file(s) to %1</source>
        <translation>
            <numerusform>Wrote %n feedback file to %1</numerusform>
            <numerusform>Wrote %n feedback files to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NbgraderImport</name>
    <message numerus="yes">
        <source>%n grade(s) or comment(s) pointed at notebooks or cells that do not exist and were skipped.</source>
        <translation>
            <numerusform>%n grade or comment pointed at a notebook or cell that does not exist and was skipped.</numerusform>
            <numerusform>%n grades or comments pointed at notebooks or cells that do not exist and were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NgshareConnectionTest</name>
    <message numerus="yes">
        <source>Connected to ngshare as %1: %2 course “%3”, %n student(s), %4 released assignment(s).</source>
        <translation>
            <numerusform>Connected to ngshare as %1: %2 course “%3”, %n student, %4 released assignment.</numerusform>
            <numerusform>Connected to ngshare as %1: %2 course “%3”, %n students, %4 released assignments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotebookRenderer</name>
    <message numerus="yes">
        <source>%n more line(s) of traceback</source>
        <translation>
            <numerusform>%n more line of traceback</numerusform>
            <numerusform>%n more lines of traceback</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s)</source>
        <translation>
            <numerusform>%n more line</numerusform>
            <numerusform>%n more lines</numerusform>
        </translation>
    </message>
</context>
</TS>
