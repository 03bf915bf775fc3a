<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
