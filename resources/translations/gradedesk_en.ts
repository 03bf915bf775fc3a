<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AutogradeCommand</name>
    <message numerus="yes">
        <source>No scores change (%n cell(s) already up to date).</source>
        <translation>
            <numerusform>No scores change (%n cell already up to date).</numerusform>
            <numerusform>No scores change (%n cells already up to date).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) change, %1 final score(s) change, %2 unchanged.</source>
        <translation>
            <numerusform>%n cell change, %1 final score(s) change, %2 unchanged.</numerusform>
            <numerusform>%n cells change, %1 final score(s) change, %2 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Autograding %n submission(s) of %1 with the %2 executor (run %3)...</source>
        <translation>
            <numerusform>Autograding %n submission of %1 with the %2 executor (run %3)...</numerusform>
            <numerusform>Autograding %n submissions of %1 with the %2 executor (run %3)...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored %n auto score(s); placed %1 executed notebook(s) in autograded/.</source>
        <translation>
            <numerusform>Stored %n auto score; placed %1 executed notebook(s) in autograded/.</numerusform>
            <numerusform>Stored %n auto scores; placed %1 executed notebook(s) in autograded/.</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>%n instructor(s) on ngshare.</source>
        <translation>
            <numerusform>%n instructor on ngshare.</numerusform>
            <numerusform>%n instructors on ngshare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not made (see above).</source>
        <translation>
            <numerusform>%n change was not made (see above).</numerusform>
            <numerusform>%n changes were not made (see above).</numerusform>
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
    <name>GradeDesk::Models::AutogradeSession</name>
    <message numerus="yes">
        <source>Started %1: %n submission(s) on the %2 executor, %3 at a time.</source>
        <translation>
            <numerusform>Started %1: %n submission on the %2 executor, %3 at a time.</numerusform>
            <numerusform>Started %1: %n submissions on the %2 executor, %3 at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started %1: %n submission(s) on the %2 executor.</source>
        <translation>
            <numerusform>Started %1: %n submission on the %2 executor.</numerusform>
            <numerusform>Started %1: %n submissions on the %2 executor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n submission(s).</source>
        <translation>
            <numerusform>Retrying %n submission.</numerusform>
            <numerusform>Retrying %n submissions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committed %n auto score(s) of %1 to the gradebook.</source>
        <translation>
            <numerusform>Committed %n auto score of %1 to the gradebook.</numerusform>
            <numerusform>Committed %n auto scores of %1 to the gradebook.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::AutogradeTaskModel</name>
    <message numerus="yes">
        <source>%n cell(s) for a grader</source>
        <translation>
            <numerusform>%n cell for a grader</numerusform>
            <numerusform>%n cells for a grader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Models::QuestionListModel</name>
    <message numerus="yes">
        <source>%n open regrade request(s)</source>
        <translation>
            <numerusform>%n open regrade request</numerusform>
            <numerusform>%n open regrade requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Services::KubeRun</name>
    <message numerus="yes">
        <source>The submission did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>The submission did not finish within %n second and was stopped.</numerusform>
            <numerusform>The submission did not finish within %n seconds and was stopped.</numerusform>
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
    <name>GradeDesk::Ui::AutogradeDetailPane</name>
    <message numerus="yes">
        <source>%n cell(s) wait for a grader.</source>
        <translation>
            <numerusform>%n cell wait for a grader.</numerusform>
            <numerusform>%n cells wait for a grader.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::AutogradeReviewDialog</name>
    <message numerus="yes">
        <source>Committing writes %n auto score(s)</source>
        <translation>
            <numerusform>Committing writes %n auto score</numerusform>
            <numerusform>Committing writes %n auto scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n student(s).</source>
        <translation>
            <numerusform>for %n student.</numerusform>
            <numerusform>for %n students.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them do not change the final grade because a manual score decides it.</source>
        <translation>
            <numerusform>%n of them do not change the final grade because a manual score decides it.</numerusform>
            <numerusform>%n of them do not change the final grade because a manual score decides it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) have no result and keep their scores: retry them first.</source>
        <translation>
            <numerusform>%n submission have no result and keep their scores: retry them first.</numerusform>
            <numerusform>%n submissions have no result and keep their scores: retry them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Commit %n Change(s)</source>
        <translation>
            <numerusform>&amp;Commit %n Change</numerusform>
            <numerusform>&amp;Commit %n Changes</numerusform>
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
    <message numerus="yes">
        <source>Downloaded %n submission(s), every file's checksum verified;</source>
        <translation>
            <numerusform>Downloaded %n submission, every file's checksum verified;</numerusform>
            <numerusform>Downloaded %n submissions, every file's checksum verified;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here and unchanged on the server.</source>
        <translation>
            <numerusform>%n already here and unchanged on the server.</numerusform>
            <numerusform>%n already here and unchanged on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::ExchangeFeedbackDialog</name>
    <message numerus="yes">
        <source>%n submission(s) in the gradebook.</source>
        <translation>
            <numerusform>%n submission in the gradebook.</numerusform>
            <numerusform>%n submissions in the gradebook.</numerusform>
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
        <source>%n student(s) got no feedback: the Result column says why.</source>
        <translation>
            <numerusform>%n student got no feedback: the Result column says why.</numerusform>
            <numerusform>%n students got no feedback: the Result column says why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::ExchangeReleaseDialog</name>
    <message numerus="yes">
        <source>release/%1 holds the student version (%n file(s)); it is uploaded as it is.</source>
        <translation>
            <numerusform>release/%1 holds the student version (%n file); it is uploaded as it is.</numerusform>
            <numerusform>release/%1 holds the student version (%n files); it is uploaded as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released, with %n submission(s). ngshare cannot update it any more.</source>
        <translation>
            <numerusform>Released, with %n submission. ngshare cannot update it any more.</numerusform>
            <numerusform>Released, with %n submissions. ngshare cannot update it any more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released %1 on ngshare%2: %n file(s), %3 KiB. Students can fetch it now.</source>
        <translation>
            <numerusform>Released %1 on ngshare%2: %n file, %3 KiB. Students can fetch it now.</numerusform>
            <numerusform>Released %1 on ngshare%2: %n files, %3 KiB. Students can fetch it now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::ExchangeRosterDialog</name>
    <message numerus="yes">
        <source>%n gradebook student(s) teach the course on ngshare and cannot be enrolled.</source>
        <translation>
            <numerusform>%n gradebook student teach the course on ngshare and cannot be enrolled.</numerusform>
            <numerusform>%n gradebook students teach the course on ngshare and cannot be enrolled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ngshare's roster matches the gradebook: %n student(s), nothing to change.</source>
        <translation>
            <numerusform>ngshare's roster matches the gradebook: %n student, nothing to change.</numerusform>
            <numerusform>ngshare's roster matches the gradebook: %n students, nothing to change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add or update %n student(s).</source>
        <translation>
            <numerusform>Add or update %n student.</numerusform>
            <numerusform>Add or update %n students.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n student(s): %1. They can no longer fetch or submit; their submissions stay on ngshare.</source>
        <translation>
            <numerusform>Remove %n student: %1. They can no longer fetch or submit; their submissions stay on ngshare.</numerusform>
            <numerusform>Remove %n students: %1. They can no longer fetch or submit; their submissions stay on ngshare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n student(s)</source>
        <translation>
            <numerusform>Adding %n student</numerusform>
            <numerusform>Adding %n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n change(s). The Result column shows what was done; press Compare Again to see what is left.</source>
        <translation>
            <numerusform>Stopped after %n change. The Result column shows what was done; press Compare Again to see what is left.</numerusform>
            <numerusform>Stopped after %n changes. The Result column shows what was done; press Compare Again to see what is left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s) on ngshare. Press Compare Again to check.</source>
        <translation>
            <numerusform>Applied %n change on ngshare. Press Compare Again to check.</numerusform>
            <numerusform>Applied %n changes on ngshare. Press Compare Again to check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Change(s)…</source>
        <translation>
            <numerusform>&amp;Apply %n Change…</numerusform>
            <numerusform>&amp;Apply %n Changes…</numerusform>
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
    <name>GradeDesk::Ui::RegradeImportDialog</name>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n row: </numerusform>
            <numerusform>%n rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Request(s)</source>
        <translation>
            <numerusform>&amp;Import %n Request</numerusform>
            <numerusform>&amp;Import %n Requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::RegradeWindow</name>
    <message numerus="yes">
        <source>Imported %n request(s)</source>
        <translation>
            <numerusform>Imported %n request</numerusform>
            <numerusform>Imported %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n imported before</source>
        <translation>
            <numerusform> · %n imported before</numerusform>
            <numerusform> · %n imported before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n left out</source>
        <translation>
            <numerusform> · %n left out</numerusform>
            <numerusform> · %n left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeDesk::Ui::StatisticsDialog</name>
    <message numerus="yes">
        <source>%n grader(s) on %1</source>
        <translation>
            <numerusform>%n grader on %1</numerusform>
            <numerusform>%n graders on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n answer(s) graded</source>
        <translation>
            <numerusform> · %n answer graded</numerusform>
            <numerusform> · %n answers graded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n action(s) recorded</source>
        <translation>
            <numerusform> · %n action recorded</numerusform>
            <numerusform> · %n actions recorded</numerusform>
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
    <name>GradebookCommands</name>
    <message numerus="yes">
        <source>verified: %n row(s) in %1 tables, counts and checksums equal</source>
        <translation>
            <numerusform>verified: %n row in %1 tables, counts and checksums equal</numerusform>
            <numerusform>verified: %n rows in %1 tables, counts and checksums equal</numerusform>
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
            <numerusform>Connected to ngshare as %1: %2 course “%3”, %n student, %4 released assignment(s).</numerusform>
            <numerusform>Connected to ngshare as %1: %2 course “%3”, %n students, %4 released assignment(s).</numerusform>
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
<context>
    <name>RegradeCommands</name>
    <message numerus="yes">
        <source>%n row(s) were left out (listed above). Fix them and import the file again: rows already imported are not added twice.</source>
        <translation><numerusform>%n row was left out (listed above). Fix it and import the file again: rows already imported are not added twice.</numerusform><numerusform>%n rows were left out (listed above). Fix them and import the file again: rows already imported are not added twice.</numerusform></translation>
    </message>
</context>
</TS>