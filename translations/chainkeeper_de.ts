<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChainOfIdentityBanner</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Chain of identity %1, patient initials %2</source>
        <translation>Identitätskette %1, Initialen des Patienten %2</translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation>Identitätskette</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
</context>
<context>
    <name>ChoiceEntry</name>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Elapsed %1</source>
        <translation>Verstrichen %1</translation>
    </message>
    <message>
        <source>Minimum reached</source>
        <translation>Minimum erreicht</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Too early to stop</source>
        <translation>Zu früh zum Stoppen</translation>
    </message>
    <message>
        <source>In window</source>
        <translation>Im Zeitfenster</translation>
    </message>
    <message>
        <source>Over maximum</source>
        <translation>Maximum überschritten</translation>
    </message>
    <message>
        <source>Window ends %1 local · %2 UTC</source>
        <translation>Fenster endet %1 Ortszeit · %2 UTC</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>Überschritten um</translation>
    </message>
    <message>
        <source>Minimum in</source>
        <translation>Minimum in</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Entries of this step</source>
        <translation>Einträge dieses Schritts</translation>
    </message>
    <message>
        <source>%1 UTC · %2</source>
        <translation>%1 UTC · %2</translation>
    </message>
    <message>
        <source>Not counted — reason: %1</source>
        <translation>Nicht gewertet — Grund: %1</translation>
    </message>
</context>
<context>
    <name>ExceptionPanel</name>
    <message>
        <source>Out of specification</source>
        <translation>Außerhalb der Spezifikation (OOS)</translation>
    </message>
    <message>
        <source>Time window missed</source>
        <translation>Zeitfenster verpasst</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Ausnahme %1</translation>
    </message>
    <message>
        <source>%1 at “%2”</source>
        <translation>%1 bei „%2“</translation>
    </message>
    <message>
        <source>Repeat: this entry does not count, enter the step again. Continue: accept the entry and go on.</source>
        <translation>Wiederholen: Dieser Eintrag zählt nicht, den Schritt erneut erfassen. Fortfahren: Eintrag annehmen und weitermachen.</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Begründung (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Repeat step</source>
        <translation>Schritt wiederholen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
</context>
<context>
    <name>ExecutionScreen</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation>Identitätskette</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Batch order</source>
        <translation>Chargenauftrag</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>%1 · %2 steps · batch %3</source>
        <translation>%1 · %2 Schritte · Charge %3</translation>
    </message>
</context>
<context>
    <name>FlagLabel</name>
    <message>
        <source>In spec</source>
        <translation>In Spezifikation</translation>
    </message>
    <message>
        <source>Alert: outside the normal range</source>
        <translation>Warnung: außerhalb Normalbereich</translation>
    </message>
    <message>
        <source>Out of specification</source>
        <translation>Außerhalb Spez. (OOS)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
</context>
<context>
    <name>LimitScale</name>
    <message>
        <source>action limits %1 to %2</source>
        <translation>Eingriffsgrenzen %1 bis %2</translation>
    </message>
    <message>
        <source>alert limits %1 to %2</source>
        <translation>Warngrenzen %1 bis %2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Sollwert %1</translation>
    </message>
    <message>
        <source>entered %1</source>
        <translation>eingegeben %1</translation>
    </message>
    <message>
        <source>Limit scale</source>
        <translation>Grenzwertskala</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Chainkeeper — DEMO SITE — NOT FOR GMP USE — terminal %1</source>
        <translation>Chainkeeper — DEMO-STANDORT — NICHT FÜR DEN GMP-EINSATZ — Terminal %1</translation>
    </message>
    <message>
        <source>Chainkeeper — terminal %1</source>
        <translation>Chainkeeper — Terminal %1</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Numeric keypad</source>
        <translation>Ziffernblock</translation>
    </message>
    <message>
        <source>Delete last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Change sign</source>
        <translation>Vorzeichen wechseln</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
</context>
<context>
    <name>StatusPill</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Start batch</source>
        <translation>Charge starten</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>Record value</source>
        <translation>Wert erfassen</translation>
    </message>
    <message>
        <source>Confirm calculation</source>
        <translation>Berechnung bestätigen</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Soll %1</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>Warnung %1</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>Eingriff %1</translation>
    </message>
    <message>
        <source>Time window starts when an earlier step is done</source>
        <translation>Zeitfenster beginnt nach Abschluss eines früheren Schritts</translation>
    </message>
    <message>
        <source>Not yet: the window opens at %1 UTC</source>
        <translation>Noch nicht: Zeitfenster öffnet um %1 UTC</translation>
    </message>
    <message>
        <source>Time window: due by %1 UTC, latest %2 UTC</source>
        <translation>Zeitfenster: fällig bis %1 UTC, spätestens %2 UTC</translation>
    </message>
    <message>
        <source>Time window: due by %1 UTC</source>
        <translation>Zeitfenster: fällig bis %1 UTC</translation>
    </message>
    <message>
        <source>Overdue since %1 UTC; latest %2 UTC</source>
        <translation>Überfällig seit %1 UTC; spätestens %2 UTC</translation>
    </message>
    <message>
        <source>Overdue since %1 UTC</source>
        <translation>Überfällig seit %1 UTC</translation>
    </message>
    <message>
        <source>Window missed: it closed at %1 UTC</source>
        <translation>Zeitfenster verpasst: geschlossen um %1 UTC</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · Schritt %2 von %3</translation>
    </message>
    <message>
        <source>entry %1 of %2</source>
        <translation>Eintrag %1 von %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Batch complete</source>
        <translation>Charge abgeschlossen</translation>
    </message>
    <message>
        <source>Batch aborted</source>
        <translation>Charge abgebrochen</translation>
    </message>
    <message>
        <source>Check the order, the chain-of-identity id and the patient&apos;s initials against the bag, then start the batch.</source>
        <translation>Auftrag, Identitätsketten-ID und Initialen des Patienten mit dem Beutel abgleichen, dann die Charge starten.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type here</source>
        <translation>Hier eingeben</translation>
    </message>
    <message>
        <source>Calculated value (not recorded until confirmed)</source>
        <translation>Berechneter Wert (erst nach Bestätigung erfasst)</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>Hold %1 to %2 min</source>
        <translation>Haltezeit %1 bis %2 min</translation>
    </message>
    <message>
        <source>Hold at most %1 min</source>
        <translation>Haltezeit höchstens %1 min</translation>
    </message>
    <message>
        <source>Hold at least %1 min</source>
        <translation>Haltezeit mindestens %1 min</translation>
    </message>
    <message>
        <source>Longer than the maximum hold</source>
        <translation>Maximale Haltezeit überschritten</translation>
    </message>
    <message>
        <source>Minimum reached in %1</source>
        <translation>Minimum erreicht in %1</translation>
    </message>
    <message>
        <source>Limits: %1</source>
        <translation>Grenzen: %1</translation>
    </message>
    <message>
        <source>If recorded:</source>
        <translation>Bei Erfassung:</translation>
    </message>
    <message>
        <source>Whole numbers only</source>
        <translation>Nur ganze Zahlen</translation>
    </message>
    <message>
        <source>At most %1 decimal place(s)</source>
        <translation>Höchstens %1 Nachkommastelle(n)</translation>
    </message>
    <message>
        <source>Last entry · %1</source>
        <translation>Letzter Eintrag · %1</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gewertet</translation>
    </message>
    <message>
        <source>This step waits for a decision on the exception (right).</source>
        <translation>Dieser Schritt wartet auf eine Entscheidung zur Ausnahme (rechts).</translation>
    </message>
    <message>
        <source>The batch is on hold.</source>
        <translation>Die Charge ist angehalten.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Nicht erfasst: %1</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>No due time</source>
        <translation>Ohne Fälligkeit</translation>
    </message>
    <message>
        <source>Due %1 UTC</source>
        <translation>Fällig %1 UTC</translation>
    </message>
    <message>
        <source>Due %1 %2 UTC</source>
        <translation>Fällig %1, %2 UTC</translation>
    </message>
    <message>
        <source>Today&apos;s work</source>
        <translation>Heutige Aufträge</translation>
    </message>
    <message>
        <source>1 batch order</source>
        <translation>1 Chargenauftrag</translation>
    </message>
    <message>
        <source>%1 batch orders</source>
        <translation>%1 Chargenaufträge</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>No batch orders for this terminal today.</source>
        <translation>Heute keine Chargenaufträge für dieses Terminal.</translation>
    </message>
    <message>
        <source>Patient %1 · %2</source>
        <translation>Patient %1 · %2</translation>
    </message>
    <message>
        <source>%1 · step: %2</source>
        <translation>%1 · Schritt: %2</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Chainkeeper</source>
        <translation>Chainkeeper</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Terminal %1</translation>
    </message>
    <message>
        <source>DEMO SITE — NOT FOR GMP USE</source>
        <translation>DEMO — NICHT FÜR GMP</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>ValueEntry</name>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Value entry</source>
        <translation>Werteingabe</translation>
    </message>
</context>
<context>
    <name>ck::StepController</name>
    <message>
        <source>acknowledged</source>
        <translation>quittiert</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>No batch is open.</source>
        <translation>Keine Charge geöffnet.</translation>
    </message>
    <message>
        <source>Batch %1 has no active step (it is %2).</source>
        <translation>Charge %1 hat keinen aktiven Schritt (Status: %2).</translation>
    </message>
</context>
</TS>
