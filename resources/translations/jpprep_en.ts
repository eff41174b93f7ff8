<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>BankWords</name>
        <message numerus="yes">
            <source>This question bank has %Ln problem(s), so it was not loaded. The first:</source>
            <translation>
                <numerusform>This question bank has %Ln problem, so it was not loaded. The first:</numerusform>
                <numerusform>This question bank has %Ln problems, so it was not loaded. The first:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BrowserPage</name>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln note</numerusform>
                <numerusform>%Ln notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln notes selected: delete, move, tag, suspend or unsuspend them with the buttons above.</source>
            <translation>
                <numerusform>%Ln notes selected: delete, move, tag, suspend or unsuspend them with the buttons above.</numerusform>
                <numerusform>%Ln notes selected: delete, move, tag, suspend or unsuspend them with the buttons above.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClassroomPage</name>
        <message numerus="yes">
            <source>%Ln student(s); last 30 days.</source>
            <translation>
                <numerusform>%Ln student; last 30 days.</numerusform>
                <numerusform>%Ln students; last 30 days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln at risk.</source>
            <translation>
                <numerusform>%Ln at risk.</numerusform>
                <numerusform>%Ln at risk.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue assignment(s): {titles}</source>
            <translation>
                <numerusform>%Ln overdue assignment: {titles}</numerusform>
                <numerusform>%Ln overdue assignments: {titles}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no study in the last %Ln day(s)</source>
            <translation>
                <numerusform>no study in the last %Ln day</numerusform>
                <numerusform>no study in the last %Ln days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeckDeleter</name>
        <message numerus="yes">
            <source>%Ln sub-deck(s)</source>
            <translation>
                <numerusform>%Ln sub-deck</numerusform>
                <numerusform>%Ln sub-decks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln note</numerusform>
                <numerusform>%Ln notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s)</source>
            <translation>
                <numerusform>%Ln card</numerusform>
                <numerusform>%Ln cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>including %Ln card(s) of these notes in other decks</source>
            <translation>
                <numerusform>including %Ln card of these notes in other decks</numerusform>
                <numerusform>including %Ln cards of these notes in other decks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sound or picture file(s)</source>
            <translation>
                <numerusform>%Ln sound or picture file</numerusform>
                <numerusform>%Ln sound or picture files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s): the study history of these cards</source>
            <translation>
                <numerusform>%Ln answer: the study history of these cards</numerusform>
                <numerusform>%Ln answers: the study history of these cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the progress of %Ln learner(s) on them</source>
            <translation>
                <numerusform>the progress of %Ln learner on them</numerusform>
                <numerusform>the progress of %Ln learners on them</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not deleted: %Ln card(s) of notes from other decks will go back to their own deck, with their progress:</source>
            <translation>
                <numerusform>Not deleted: %Ln card of notes from other decks will go back to their own deck, with their progress:</numerusform>
                <numerusform>Not deleted: %Ln cards of notes from other decks will go back to their own deck, with their progress:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted the deck “%1” (%Ln note(s)).</source>
            <translation>
                <numerusform>Deleted the deck “%1” (%Ln note).</numerusform>
                <numerusform>Deleted the deck “%1” (%Ln notes).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Brought back %Ln deck(s).</source>
            <translation>
                <numerusform>Brought back %Ln deck.</numerusform>
                <numerusform>Brought back %Ln decks.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeckOptionsDialog</name>
        <message numerus="yes">
            <source>Changes apply to %Ln deck(s) using this preset.</source>
            <translation>
                <numerusform>Changes apply to %Ln deck using this preset.</numerusform>
                <numerusform>Changes apply to %Ln decks using this preset.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExamTargetDialog</name>
        <message numerus="yes">
            <source>%Ln day(s) left.</source>
            <translation>
                <numerusform>%Ln day left.</numerusform>
                <numerusform>%Ln days left.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) not met yet.</source>
            <translation>
                <numerusform>%Ln card not met yet.</numerusform>
                <numerusform>%Ln cards not met yet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That means about %Ln answer(s) a day.</source>
            <translation>
                <numerusform>That means about %Ln answer a day.</numerusform>
                <numerusform>That means about %Ln answers a day.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: that is more than the %Ln answer(s) you do on a typical day.</source>
            <translation>
                <numerusform>Warning: that is more than the %Ln answer you do on a typical day.</numerusform>
                <numerusform>Warning: that is more than the %Ln answers you do on a typical day.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FitWords</name>
        <message numerus="yes">
            <source>Fitted from %Ln review(s): the new model predicts your answers better (log loss {new} instead of {old}) and is used from now on.</source>
            <translation>
                <numerusform>Fitted from %Ln review: the new model predicts your answers better (log loss {new} instead of {old}) and is used from now on.</numerusform>
                <numerusform>Fitted from %Ln reviews: the new model predicts your answers better (log loss {new} instead of {old}) and is used from now on.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fitted from %Ln review(s): your current model already predicts your answers best (log loss {old}; the new fit {new}), so it is kept.</source>
            <translation>
                <numerusform>Fitted from %Ln review: your current model already predicts your answers best (log loss {old}; the new fit {new}), so it is kept.</numerusform>
                <numerusform>Fitted from %Ln reviews: your current model already predicts your answers best (log loss {old}; the new fit {new}), so it is kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The model could not be fitted to your %Ln review(s), so the current one is kept.</source>
            <translation>
                <numerusform>The model could not be fitted to your %Ln review, so the current one is kept.</numerusform>
                <numerusform>The model could not be fitted to your %Ln reviews, so the current one is kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The model could not be fitted to your %Ln review(s) ({reason}), so the current one is kept.</source>
            <translation>
                <numerusform>The model could not be fitted to your %Ln review ({reason}), so the current one is kept.</numerusform>
                <numerusform>The model could not be fitted to your %Ln reviews ({reason}), so the current one is kept.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HeatmapWidget</name>
        <message numerus="yes">
            <source>%Ln day(s) with study in the last year</source>
            <translation>
                <numerusform>%Ln day with study in the last year</numerusform>
                <numerusform>%Ln days with study in the last year</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s)</source>
            <translation>
                <numerusform>%Ln answer</numerusform>
                <numerusform>%Ln answers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln answer(s)</source>
            <translation>
                <numerusform>%1: %Ln answer</numerusform>
                <numerusform>%1: %Ln answers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message numerus="yes">
            <source>Bring back %Ln deleted deck(s) that come with jpprep</source>
            <translation>
                <numerusform>Bring back %Ln deleted deck that come with jpprep</numerusform>
                <numerusform>Bring back %Ln deleted decks that come with jpprep</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Today: %Ln card(s) due.</source>
            <translation>
                <numerusform>Today: %Ln card due.</numerusform>
                <numerusform>Today: %Ln cards due.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new card(s) waiting.</source>
            <translation>
                <numerusform>%Ln new card waiting.</numerusform>
                <numerusform>%Ln new cards waiting.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reviewed today: %Ln.</source>
            <translation>
                <numerusform>Reviewed today: %Ln.</numerusform>
                <numerusform>Reviewed today: %Ln.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Streak: %Ln day(s).</source>
            <translation>
                <numerusform>Streak: %Ln day.</numerusform>
                <numerusform>Streak: %Ln days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Today: %Ln card(s) to study again ({learning_column}: {learning}, {due_column}: {due}).</source>
            <translation>
                <numerusform>Today: %Ln card to study again ({learning_column}: {learning}, {due_column}: {due}).</numerusform>
                <numerusform>Today: %Ln cards to study again ({learning_column}: {learning}, {due_column}: {due}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%Ln row(s) can be imported; the others have problems (marked ⚠).</source>
            <translation>
                <numerusform>%Ln row can be imported; the others have problems (marked ⚠).</numerusform>
                <numerusform>%Ln rows can be imported; the others have problems (marked ⚠).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln row(s) can be imported.</source>
            <translation>
                <numerusform>All %Ln row can be imported.</numerusform>
                <numerusform>All %Ln rows can be imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing has been imported. The file has %Ln problem(s), listed below. Fix the file and import it again, or import only the rows without problems.</source>
            <translation>
                <numerusform>Nothing has been imported. The file has %Ln problem, listed below. Fix the file and import it again, or import only the rows without problems.</numerusform>
                <numerusform>Nothing has been imported. The file has %Ln problems, listed below. Fix the file and import it again, or import only the rows without problems.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import the %Ln valid row(s)</source>
            <translation>
                <numerusform>Import the %Ln valid row</numerusform>
                <numerusform>Import the %Ln valid rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing has been imported: the file has %Ln problem(s) and no row jpprep can import. Fix the file and import it again.</source>
            <translation>
                <numerusform>Nothing has been imported: the file has %Ln problem and no row jpprep can import. Fix the file and import it again.</numerusform>
                <numerusform>Nothing has been imported: the file has %Ln problems and no row jpprep can import. Fix the file and import it again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added: %Ln note(s).</source>
            <translation>
                <numerusform>Added: %Ln note.</numerusform>
                <numerusform>Added: %Ln notes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Updated: %Ln note(s).</source>
            <translation>
                <numerusform>Updated: %Ln note.</numerusform>
                <numerusform>Updated: %Ln notes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Already up to date: %Ln note(s).</source>
            <translation>
                <numerusform>Already up to date: %Ln note.</numerusform>
                <numerusform>Already up to date: %Ln notes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skipped: %Ln row(s).</source>
            <translation>
                <numerusform>Skipped: %Ln row.</numerusform>
                <numerusform>Skipped: %Ln rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Anki review history: %Ln answer(s) brought over.</source>
            <translation>
                <numerusform>Anki review history: %Ln answer brought over.</numerusform>
                <numerusform>Anki review history: %Ln answers brought over.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cards with their Anki progress: %Ln.</source>
            <translation>
                <numerusform>Cards with their Anki progress: %Ln.</numerusform>
                <numerusform>Cards with their Anki progress: %Ln.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Intervals</name>
        <message numerus="yes">
            <source>%Ln minute(s)</source>
            <translation>
                <numerusform>%Ln minute</numerusform>
                <numerusform>%Ln minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln hour(s)</source>
            <translation>
                <numerusform>%Ln hour</numerusform>
                <numerusform>%Ln hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln day</numerusform>
                <numerusform>%Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <translation>
                <numerusform>%Ln month</numerusform>
                <numerusform>%Ln months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln year(s)</source>
            <translation>
                <numerusform>%Ln year</numerusform>
                <numerusform>%Ln years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>Added %Ln note(s) from the shipped decks.</source>
            <translation>
                <numerusform>Added %Ln note from the shipped decks.</numerusform>
                <numerusform>Added %Ln notes from the shipped decks.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Took out %Ln note(s) that jpprep no longer ships.</source>
            <translation>
                <numerusform>Took out %Ln note that jpprep no longer ships.</numerusform>
                <numerusform>Took out %Ln notes that jpprep no longer ships.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of them you had studied or changed: kept with your answers, suspended, in the deck Retired.</source>
            <translation>
                <numerusform>%Ln of them you had studied or changed: kept with your answers, suspended, in the deck Retired.</numerusform>
                <numerusform>%Ln of them you had studied or changed: kept with your answers, suspended, in the deck Retired.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message numerus="yes">
            <source>Move %Ln note(s) to:</source>
            <translation>
                <numerusform>Move %Ln note to:</numerusform>
                <numerusform>Move %Ln notes to:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteActions</name>
        <message numerus="yes">
            <source>Delete %Ln note(s)?</source>
            <translation>
                <numerusform>Delete %Ln note?</numerusform>
                <numerusform>Delete %Ln notes?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln note(s).</source>
            <translation>
                <numerusform>Deleted %Ln note.</numerusform>
                <numerusform>Deleted %Ln notes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln note(s) to %1.</source>
            <translation>
                <numerusform>Moved %Ln note to %1.</numerusform>
                <numerusform>Moved %Ln notes to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tag %1 added to %Ln note(s).</source>
            <translation>
                <numerusform>Tag %1 added to %Ln note.</numerusform>
                <numerusform>Tag %1 added to %Ln notes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tag %1 removed from %Ln note(s).</source>
            <translation>
                <numerusform>Tag %1 removed from %Ln note.</numerusform>
                <numerusform>Tag %1 removed from %Ln notes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Filling in %Ln reading(s)…</source>
            <translation>
                <numerusform>Filling in %Ln reading…</numerusform>
                <numerusform>Filling in %Ln readings…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Filled in %Ln reading(s); check them (they are marked as generated).</source>
            <translation>
                <numerusform>Filled in %Ln reading; check them (they are marked as generated).</numerusform>
                <numerusform>Filled in %Ln readings; check them (they are marked as generated).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s) could not be read.</source>
            <translation>
                <numerusform>%Ln note could not be read.</numerusform>
                <numerusform>%Ln notes could not be read.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message numerus="yes">
            <source>%Ln answer(s) waiting to be sent.</source>
            <translation>
                <numerusform>%Ln answer waiting to be sent.</numerusform>
                <numerusform>%Ln answers waiting to be sent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanText</name>
        <message numerus="yes">
            <source>{exam} on {date}: %Ln day(s) left.</source>
            <translation>
                <numerusform>{exam} on {date}: %Ln day left.</numerusform>
                <numerusform>{exam} on {date}: %Ln days left.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On track: %Ln card(s) still to meet.</source>
            <translation>
                <numerusform>On track: %Ln card still to meet.</numerusform>
                <numerusform>On track: %Ln cards still to meet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At %Ln new card(s) a day you finish on {date}.</source>
            <translation>
                <numerusform>At %Ln new card a day you finish on {date}.</numerusform>
                <numerusform>At %Ln new cards a day you finish on {date}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) still to meet.</source>
            <translation>
                <numerusform>%Ln card still to meet.</numerusform>
                <numerusform>%Ln cards still to meet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That needs %Ln new card(s) a day.</source>
            <translation>
                <numerusform>That needs %Ln new card a day.</numerusform>
                <numerusform>That needs %Ln new cards a day.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At %Ln new card(s) a day you will not meet every card before the exam.</source>
            <translation>
                <numerusform>At %Ln new card a day you will not meet every card before the exam.</numerusform>
                <numerusform>At %Ln new cards a day you will not meet every card before the exam.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln a day would.</source>
            <translation>
                <numerusform>%Ln a day would.</numerusform>
                <numerusform>%Ln a day would.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That means about %Ln answer(s) a day,</source>
            <translation>
                <numerusform>That means about %Ln answer a day,</numerusform>
                <numerusform>That means about %Ln answers a day,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more than the %Ln you do on a typical day.</source>
            <translation>
                <numerusform>more than the %Ln you do on a typical day.</numerusform>
                <numerusform>more than the %Ln you do on a typical day.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message numerus="yes">
            <source>That PIN is not right. You can try %Ln more time(s) before you must wait.</source>
            <translation>
                <numerusform>That PIN is not right. You can try %Ln more time before you must wait.</numerusform>
                <numerusform>That PIN is not right. You can try %Ln more times before you must wait.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunnerWords</name>
        <message numerus="yes">
            <source>%Ln question(s) not answered. </source>
            <translation>
                <numerusform>%Ln question not answered. </numerusform>
                <numerusform>%Ln questions not answered. </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServerWords</name>
        <message numerus="yes">
            <source>%Ln answer(s) saved on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</source>
            <translation>
                <numerusform>%Ln answer saved on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</numerusform>
                <numerusform>%Ln answers saved on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln mock exam(s) saved on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</source>
            <translation>
                <numerusform>%Ln mock exam saved on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</numerusform>
                <numerusform>%Ln mock exams saved on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln mock exam(s) saved on this computer will be sent at the same time.</source>
            <translation>
                <numerusform>%Ln mock exam saved on this computer will be sent at the same time.</numerusform>
                <numerusform>%Ln mock exams saved on this computer will be sent at the same time.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) to cards (flags, resets, due dates, suspensions) made on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</source>
            <translation>
                <numerusform>%Ln change to cards (flags, resets, due dates, suspensions) made on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</numerusform>
                <numerusform>%Ln changes to cards (flags, resets, due dates, suspensions) made on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) to cards (flags, resets, due dates, suspensions) made on this computer will be sent at the same time.</source>
            <translation>
                <numerusform>%Ln change to cards (flags, resets, due dates, suspensions) made on this computer will be sent at the same time.</numerusform>
                <numerusform>%Ln changes to cards (flags, resets, due dates, suspensions) made on this computer will be sent at the same time.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatsPage</name>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln day</numerusform>
                <numerusform>%Ln days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatsWords</name>
        <message numerus="yes">
            <source>%Ln min</source>
            <translation>
                <numerusform>%Ln min</numerusform>
                <numerusform>%Ln min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StudyPage</name>
        <message numerus="yes">
            <source>%Ln reviewed today</source>
            <translation>
                <numerusform>%Ln reviewed today</numerusform>
                <numerusform>%Ln reviewed today</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SuspendButton</name>
        <message numerus="yes">
            <source>Unsuspended %Ln note(s): study offers their cards again.</source>
            <translation>
                <numerusform>Unsuspended %Ln note: study offers their cards again.</numerusform>
                <numerusform>Unsuspended %Ln notes: study offers their cards again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Suspended %Ln note(s): study will not show their cards until you unsuspend them.</source>
            <translation>
                <numerusform>Suspended %Ln note: study will not show their cards until you unsuspend them.</numerusform>
                <numerusform>Suspended %Ln notes: study will not show their cards until you unsuspend them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message numerus="yes">
            <source>A tag for %Ln note(s):</source>
            <translation>
                <numerusform>A tag for %Ln note:</numerusform>
                <numerusform>A tag for %Ln notes:</numerusform>
            </translation>
        </message>
    </context>
</TS>
