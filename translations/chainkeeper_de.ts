<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppShell</name>
    <message>
        <source>DEMO SITE — NOT FOR GMP USE</source>
        <translation>DEMO-STANDORT — NICHT FÜR DEN GMP-EINSATZ</translation>
    </message>
</context>
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
    <name>ChangePasswordScreen</name>
    <message>
        <source>Change your password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>%1: your password was set by an administrator or has expired. Choose a new one before you go on.</source>
        <translation>%1: Ihr Passwort wurde von einem Administrator gesetzt oder ist abgelaufen. Wählen Sie ein neues, bevor Sie weiterarbeiten.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
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
    <name>DeviationCard</name>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Deviation %1 (%2, %3) at “%4”, batch %5</source>
        <translation>Abweichung %1 (%2, %3) bei „%4“, Charge %5</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Immediate action: %1</source>
        <translation>Sofortmaßnahme: %1</translation>
    </message>
    <message>
        <source>Decision: %1 · %2</source>
        <translation>Entscheidung: %1 · %2</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Closing comment: %1</source>
        <translation>Abschlusskommentar: %1</translation>
    </message>
    <message>
        <source>Deviation %1 · %2 %3</source>
        <translation>Abweichung %1 · %2 %3</translation>
    </message>
    <message>
        <source>%1 at “%2”</source>
        <translation>%1 bei „%2“</translation>
    </message>
    <message>
        <source>the batch</source>
        <translation>der Charge</translation>
    </message>
    <message>
        <source>Order %1 · CoI %2 · patient %3 · %4</source>
        <translation>Auftrag %1 · CoI %2 · Patient %3 · %4</translation>
    </message>
    <message>
        <source>Raised by %1 at %2</source>
        <translation>Gemeldet von %1 um %2</translation>
    </message>
    <message>
        <source>submitted by %1</source>
        <translation>eingereicht von %1</translation>
    </message>
    <message>
        <source>decided by %1: %2</source>
        <translation>entschieden von %1: %2</translation>
    </message>
    <message>
        <source>Entries of the step</source>
        <translation>Einträge des Schritts</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>Immediate action taken</source>
        <translation>Ergriffene Sofortmaßnahme</translation>
    </message>
    <message>
        <source>Batch set aside, supervisor informed</source>
        <translation>Charge beiseitegestellt, Aufsicht informiert</translation>
    </message>
    <message>
        <source>Measured again</source>
        <translation>Erneut gemessen</translation>
    </message>
    <message>
        <source>Container labelled and quarantined</source>
        <translation>Behälter gekennzeichnet und gesperrt</translation>
    </message>
    <message>
        <source>Submit and sign</source>
        <translation>Einreichen und unterschreiben</translation>
    </message>
    <message>
        <source>The operator completes and submits this deviation.</source>
        <translation>Der Bediener vervollständigt diese Abweichung und reicht sie ein.</translation>
    </message>
    <message>
        <source>A supervisor decides how the batch goes on: tap “Switch user” and let them sign in here.</source>
        <translation>Eine Aufsicht entscheidet, wie es mit der Charge weitergeht: „Benutzer wechseln“ tippen und sie hier anmelden lassen.</translation>
    </message>
    <message>
        <source>Not submitted yet: the operator completes and signs it first.</source>
        <translation>Noch nicht eingereicht: zuerst vervollständigt und unterschreibt der Bediener.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>What the batch does:</source>
        <translation>Was mit der Charge geschieht:</translation>
    </message>
    <message>
        <source>Closing comment (required)</source>
        <translation>Abschlusskommentar (erforderlich)</translation>
    </message>
    <message>
        <source>Comment (required)</source>
        <translation>Kommentar (erforderlich)</translation>
    </message>
    <message>
        <source>Send back to the operator</source>
        <translation>An den Bediener zurückgeben</translation>
    </message>
    <message>
        <source>Choose a decision</source>
        <translation>Entscheidung wählen</translation>
    </message>
    <message>
        <source>Sign: %1</source>
        <translation>Unterschreiben: %1</translation>
    </message>
    <message>
        <source>Close and sign</source>
        <translation>Abschließen und unterschreiben</translation>
    </message>
</context>
<context>
    <name>DeviationDeskScreen</name>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to today&apos;s work</source>
        <translation>Zurück zur heutigen Arbeit</translation>
    </message>
    <message>
        <source>Deviation desk</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>%1 waiting for a decision · %2 open in all · most severe, then oldest first</source>
        <translation>%1 warten auf Entscheidung · %2 offen insgesamt · schwerste, dann älteste zuerst</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>No deviation waits on this terminal.</source>
        <translation>An diesem Terminal wartet keine Abweichung.</translation>
    </message>
    <message>
        <source>Open the batch</source>
        <translation>Charge öffnen</translation>
    </message>
    <message>
        <source>Review by exception</source>
        <translation>Prüfung nach Ausnahmen</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Terminal %1 flagged by the central server: %2</source>
        <translation>Terminal %1 vom Zentralserver markiert: %2</translation>
    </message>
    <message>
        <source>Terminal %1 has never synced</source>
        <translation>Terminal %1 hat noch nie synchronisiert</translation>
    </message>
    <message>
        <source>Terminal %1 offline for %2 · last push %3 UTC</source>
        <translation>Terminal %1 seit %2 offline · letzte Übertragung %3 UTC</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <source>Attachment: %1 (SHA-256 %2)</source>
        <translation>Anhang: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Deviation %1 (%2, %3)</source>
        <translation>Abweichung %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Immediate action: %1</source>
        <translation>Sofortmaßnahme: %1</translation>
    </message>
    <message>
        <source>Raise a deviation</source>
        <translation>Abweichung melden</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>What happened (filled in from the record; add what you saw)</source>
        <translation>Was ist passiert (aus dem Protokoll ausgefüllt; ergänzen Sie, was Sie gesehen haben)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>Immediate action taken</source>
        <translation>Ergriffene Sofortmaßnahme</translation>
    </message>
    <message>
        <source>Batch set aside, supervisor informed</source>
        <translation>Charge beiseitegestellt, Aufsicht informiert</translation>
    </message>
    <message>
        <source>Measured again</source>
        <translation>Erneut gemessen</translation>
    </message>
    <message>
        <source>Container labelled and quarantined</source>
        <translation>Behälter gekennzeichnet und gesperrt</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>Keine nötig</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Behälter</translation>
    </message>
    <message>
        <source>Attach a file (optional)</source>
        <translation>Datei anhängen (optional)</translation>
    </message>
    <message>
        <source>Change the file</source>
        <translation>Datei ändern</translation>
    </message>
    <message>
        <source>%1 · SHA-256 %2…</source>
        <translation>%1 · SHA-256 %2…</translation>
    </message>
    <message>
        <source>No file in %1</source>
        <translation>Keine Datei in %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign later</source>
        <translation>Später unterschreiben</translation>
    </message>
    <message>
        <source>Submit and sign</source>
        <translation>Einreichen und unterschreiben</translation>
    </message>
</context>
<context>
    <name>DeviationText</name>
    <message>
        <source>Out of specification</source>
        <translation>Außerhalb der Spezifikation (OOS)</translation>
    </message>
    <message>
        <source>Identity mismatch</source>
        <translation>Identität stimmt nicht überein</translation>
    </message>
    <message>
        <source>Time window missed</source>
        <translation>Zeitfenster verpasst</translation>
    </message>
    <message>
        <source>Timer outside its limits</source>
        <translation>Zeit außerhalb der Grenzen</translation>
    </message>
    <message>
        <source>Identity typed by hand</source>
        <translation>Identität von Hand eingegeben</translation>
    </message>
    <message>
        <source>Material or equipment not released</source>
        <translation>Material oder Gerät nicht freigegeben</translation>
    </message>
    <message>
        <source>Late specimen</source>
        <translation>Verspätete Probe</translation>
    </message>
    <message>
        <source>Incomplete record</source>
        <translation>Unvollständige Angaben</translation>
    </message>
    <message>
        <source>Conflicting records</source>
        <translation>Widersprüchliche Einträge</translation>
    </message>
    <message>
        <source>Raised by hand</source>
        <translation>Von Hand gemeldet</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Erheblich</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Open: to be completed and submitted</source>
        <translation>Offen: zu vervollständigen und einzureichen</translation>
    </message>
    <message>
        <source>Submitted: waiting for a decision</source>
        <translation>Eingereicht: wartet auf Entscheidung</translation>
    </message>
    <message>
        <source>More information asked</source>
        <translation>Weitere Angaben angefordert</translation>
    </message>
    <message>
        <source>Approved: to be closed</source>
        <translation>Genehmigt: abzuschließen</translation>
    </message>
    <message>
        <source>Rejected: to be closed</source>
        <translation>Abgelehnt: abzuschließen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>The batch goes on, flagged</source>
        <translation>Die Charge läuft weiter, markiert</translation>
    </message>
    <message>
        <source>The step waits for the decision</source>
        <translation>Der Schritt wartet auf die Entscheidung</translation>
    </message>
    <message>
        <source>The batch is on hold until the decision</source>
        <translation>Die Charge ist bis zur Entscheidung angehalten</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Keep record %1</source>
        <translation>Eintrag %1 behalten</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Repeat step</source>
        <translation>Schritt wiederholen</translation>
    </message>
    <message>
        <source>Hold the batch</source>
        <translation>Charge anhalten</translation>
    </message>
    <message>
        <source>Abort the batch</source>
        <translation>Charge abbrechen</translation>
    </message>
    <message>
        <source>No change to the batch</source>
        <translation>Keine Änderung an der Charge</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Vervollständigt</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Übersteuerung</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Eingriff</translation>
    </message>
    <message>
        <source>Alert-level value</source>
        <translation>Wert im Warnbereich</translation>
    </message>
    <message>
        <source>Late or missed window</source>
        <translation>Zeitfenster verspätet oder verpasst</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Continuing under deviation</source>
        <translation>Fortgesetzt unter Abweichung</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Segregated</source>
        <translation>Getrennt gehalten</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
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
        <source>Batch disposition: %1</source>
        <translation>Chargenstatus: %1</translation>
    </message>
</context>
<context>
    <name>ExceptionPathsPanel</name>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zurücksenden</translation>
    </message>
    <message>
        <source>Segregate</source>
        <translation>Getrennt halten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Batch %1, order %2, CoI %3</source>
        <translation>Charge %1, Auftrag %2, CoI %3</translation>
    </message>
    <message>
        <source>Move the batch from %1 to %2</source>
        <translation>Charge von %1 nach %2 verlegen</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Terminate the whole run</source>
        <translation>Den ganzen Lauf beenden</translation>
    </message>
    <message>
        <source>Terminate the stage %1</source>
        <translation>Die Phase %1 beenden</translation>
    </message>
    <message>
        <source>Repeat the step %1 (its work so far no longer counts)</source>
        <translation>Schritt %1 wiederholen (die bisherige Arbeit zählt nicht mehr)</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Move to another suite</source>
        <translation>In einen anderen Reinraum verlegen</translation>
    </message>
    <message>
        <source>Terminate the run or the stage</source>
        <translation>Lauf oder Phase beenden</translation>
    </message>
    <message>
        <source>Repeat this step</source>
        <translation>Diesen Schritt wiederholen</translation>
    </message>
    <message>
        <source>Incomplete record</source>
        <translation>Unvollständige Angaben</translation>
    </message>
    <message>
        <source>Exception paths</source>
        <translation>Ausnahmewege</translation>
    </message>
    <message>
        <source>Batch %1 · order %2 · %3</source>
        <translation>Charge %1 · Auftrag %2 · %3</translation>
    </message>
    <message>
        <source>Terminate run or stage</source>
        <translation>Lauf oder Phase beenden</translation>
    </message>
    <message>
        <source>Moving, terminating and repeating need a supervisor&apos;s signature.</source>
        <translation>Verlegen, Beenden und Wiederholen brauchen die Unterschrift einer Aufsicht.</translation>
    </message>
    <message>
        <source>Target suite</source>
        <translation>Ziel-Reinraum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Room not available</source>
        <translation>Raum nicht verfügbar</translation>
    </message>
    <message>
        <source>Equipment not available</source>
        <translation>Gerät nicht verfügbar</translation>
    </message>
    <message>
        <source>Environmental monitoring out of limits</source>
        <translation>Umgebungsmonitoring außerhalb der Grenzen</translation>
    </message>
    <message>
        <source>The whole batch</source>
        <translation>Die ganze Charge</translation>
    </message>
    <message>
        <source>This stage: %1</source>
        <translation>Diese Phase: %1</translation>
    </message>
    <message>
        <source>Equipment failure</source>
        <translation>Geräteausfall</translation>
    </message>
    <message>
        <source>Contamination suspected</source>
        <translation>Kontamination vermutet</translation>
    </message>
    <message>
        <source>Cells out of specification</source>
        <translation>Zellen außerhalb der Spezifikation</translation>
    </message>
    <message>
        <source>What happens to each container the batch holds</source>
        <translation>Was mit jedem Behälter der Charge geschieht</translation>
    </message>
    <message>
        <source>The batch holds no registered container.</source>
        <translation>Die Charge hat keinen registrierten Behälter.</translation>
    </message>
    <message>
        <source>The work recorded at “%1” will no longer count and the step is done again. The entries stay in the record, marked as superseded.</source>
        <translation>Die bei „%1“ aufgezeichnete Arbeit zählt nicht mehr und der Schritt wird erneut ausgeführt. Die Einträge bleiben in der Aufzeichnung, als ersetzt markiert.</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Sample taken wrongly</source>
        <translation>Probe falsch entnommen</translation>
    </message>
    <message>
        <source>Instrument error, measured again</source>
        <translation>Gerätefehler, erneut gemessen</translation>
    </message>
    <message>
        <source>Wrong value entered</source>
        <translation>Falscher Wert eingegeben</translation>
    </message>
    <message>
        <source>The order has all the data this step needs.</source>
        <translation>Der Auftrag enthält alle Daten, die dieser Schritt braucht.</translation>
    </message>
    <message>
        <source>The order lacks: %1</source>
        <translation>Im Auftrag fehlt: %1</translation>
    </message>
    <message>
        <source>Incomplete-record deviation raised</source>
        <translation>Abweichung „unvollständige Angaben“ gemeldet</translation>
    </message>
    <message>
        <source>Raise incomplete-record deviation</source>
        <translation>Abweichung „unvollständige Angaben“ melden</translation>
    </message>
    <message>
        <source>Complete the order (supervisor)</source>
        <translation>Auftrag ergänzen (Aufsicht)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reason for completing it later</source>
        <translation>Grund für das spätere Ergänzen</translation>
    </message>
    <message>
        <source>Complete the order</source>
        <translation>Auftrag ergänzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Other paths</source>
        <translation>Andere Wege</translation>
    </message>
    <message>
        <source>Supervisor signs</source>
        <translation>Aufsicht unterschreibt</translation>
    </message>
    <message>
        <source>Approved (supervisor)</source>
        <translation>Genehmigt (Aufsicht)</translation>
    </message>
    <message>
        <source>Either raise the incomplete-record deviation for a supervisor&apos;s approval, or a supervisor completes the order with a reason.</source>
        <translation>Entweder die Abweichung „unvollständige Angaben“ zur Genehmigung durch die Aufsicht melden, oder die Aufsicht ergänzt den Auftrag mit Begründung.</translation>
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
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step done</source>
        <translation>
            <numerusform>%1 von %n Schritt erledigt</numerusform>
            <numerusform>%1 von %n Schritten erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps done</source>
        <translation>
            <numerusform>%1 von %n Schritt erledigt</numerusform>
            <numerusform>%1 von %n Schritten erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n step · batch %2</source>
        <translation>
            <numerusform>%1 · %n Schritt · Charge %2</numerusform>
            <numerusform>%1 · %n Schritte · Charge %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n steps · batch %2</source>
        <translation>
            <numerusform>%1 · %n Schritt · Charge %2</numerusform>
            <numerusform>%1 · %n Schritte · Charge %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Raise deviation</source>
        <translation>Abweichung melden</translation>
    </message>
    <message>
        <source>Review by exception</source>
        <translation>Prüfung nach Ausnahmen</translation>
    </message>
    <message>
        <source>Exception paths</source>
        <translation>Ausnahmewege</translation>
    </message>
    <message>
        <source>Incomplete record: the order lacks %1</source>
        <translation>Unvollständige Angaben: im Auftrag fehlt %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <source>Container dispositions</source>
        <translation>Verbleib der Behälter</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Set up this terminal: the first administrator</source>
        <translation>Terminal einrichten: der erste Administrator</translation>
    </message>
    <message>
        <source>No users yet. This administrator adds the others, but does not execute or approve batches.</source>
        <translation>Noch keine Benutzer. Dieser Administrator legt alle weiteren an, führt aber keine Chargen durch und gibt keine frei.</translation>
    </message>
    <message>
        <source>User id (lower case, e.g. j.smith)</source>
        <translation>Benutzer-ID (Kleinbuchstaben, z. B. j.smith)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Printed name (shown with every signature)</source>
        <translation>Name in Druckschrift (bei jeder Unterschrift angezeigt)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Badge (optional: scan it)</source>
        <translation>Ausweis (optional: scannen)</translation>
    </message>
    <message>
        <source>Create administrator and sign in</source>
        <translation>Administrator anlegen und anmelden</translation>
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
    <name>IdentityStop</name>
    <message>
        <source>STOP — IDENTITY MISMATCH</source>
        <translation>STOPP — IDENTITÄT STIMMT NICHT</translation>
    </message>
    <message>
        <source>Do not use this container. Put it aside, labelled, and call a supervisor.</source>
        <translation>Diesen Behälter nicht verwenden. Gekennzeichnet beiseitelegen und eine Aufsicht rufen.</translation>
    </message>
    <message>
        <source>A supervisor decides: tap “Switch user” and let them sign in here.</source>
        <translation>Eine Aufsicht entscheidet: „Benutzer wechseln“ tippen und sie hier anmelden lassen.</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Benutzer wechseln</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Begründung (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Erneut scannen</translation>
    </message>
    <message>
        <source>Abort the batch</source>
        <translation>Charge abbrechen</translation>
    </message>
    <message>
        <source>Deviation %1: identity mismatch at “%2”</source>
        <translation>Abweichung %1: Identität stimmt nicht überein bei „%2“</translation>
    </message>
    <message>
        <source>Immediate action: %1</source>
        <translation>Sofortmaßnahme: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Deviation %1 · %2 · %3</source>
        <translation>Abweichung %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Immediate action taken</source>
        <translation>Ergriffene Sofortmaßnahme</translation>
    </message>
    <message>
        <source>Bag set aside, labelled</source>
        <translation>Beutel beiseitegelegt, gekennzeichnet</translation>
    </message>
    <message>
        <source>Submit and sign</source>
        <translation>Einreichen und unterschreiben</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Then a supervisor decides: tap “Switch user” and let them sign in here.</source>
        <translation>Dann entscheidet eine Aufsicht: „Benutzer wechseln“ tippen und sie hier anmelden lassen.</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>unterschreiben</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Discard the value you typed?</source>
        <translation>Den eingegebenen Wert verwerfen?</translation>
    </message>
    <message>
        <source>“%1” is not recorded yet. Everything recorded before is kept.</source>
        <translation>„%1“ ist noch nicht erfasst. Alles bisher Erfasste bleibt erhalten.</translation>
    </message>
    <message>
        <source>It is not recorded yet. Everything recorded before is kept.</source>
        <translation>Er ist noch nicht erfasst. Alles bisher Erfasste bleibt erhalten.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard the typed value and leave</source>
        <translation>Eingegebenen Wert verwerfen und verlassen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep the typed value and stay</source>
        <translation>Eingegebenen Wert behalten und bleiben</translation>
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
    <name>LockScreen</name>
    <message>
        <source>Terminal locked</source>
        <translation>Terminal gesperrt</translation>
    </message>
    <message>
        <source>Locked for %1 at %2 UTC, after %3 min without use.</source>
        <translation>Gesperrt für %1 um %2 UTC, nach %3 min ohne Bedienung.</translation>
    </message>
    <message>
        <source>The open screen is kept as it was. %1 unlocks it with their password.</source>
        <translation>Der geöffnete Bildschirm bleibt unverändert. %1 entsperrt ihn mit dem eigenen Passwort.</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Passwort von %1</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Als andere Person anmelden</translation>
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
    <message>
        <source>The on-screen keyboard could not be loaded (is Qt Virtual Keyboard installed?).</source>
        <translation>Die Bildschirmtastatur konnte nicht geladen werden (ist Qt Virtual Keyboard installiert?).</translation>
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
    <name>ProgressRail</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Wartet auf Unterschrift</translation>
    </message>
    <message>
        <source>Blocked: exception open</source>
        <translation>Blockiert: Ausnahme offen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Progress of the batch</source>
        <translation>Fortschritt der Charge</translation>
    </message>
    <message>
        <source>Hide the step titles</source>
        <translation>Schrittnamen ausblenden</translation>
    </message>
    <message>
        <source>Show the step titles</source>
        <translation>Schrittnamen anzeigen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Stage %1, %2 of %3 settled</source>
        <translation>Phase %1, %2 von %3 abgeschlossen</translation>
    </message>
    <message>
        <source>folded</source>
        <translation>eingeklappt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aufgeklappt</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Schritt %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Review by exception</source>
        <translation>Prüfung nach Ausnahmen</translation>
    </message>
    <message>
        <source>Batch %1 · %2 items off the nominal path</source>
        <translation>Charge %1 · %2 Abweichungen vom Sollablauf</translation>
    </message>
    <message>
        <source>Nothing departs from the nominal path.</source>
        <translation>Nichts weicht vom Sollablauf ab.</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
</context>
<context>
    <name>ScanEntry</name>
    <message>
        <source>Scan %1 on the %2.</source>
        <translation>%1 auf %2 scannen.</translation>
    </message>
    <message>
        <source>Scan %1.</source>
        <translation>%1 scannen.</translation>
    </message>
    <message>
        <source>Waiting for the scanner…</source>
        <translation>Warte auf den Scanner …</translation>
    </message>
    <message>
        <source>Scan field</source>
        <translation>Scanfeld</translation>
    </message>
    <message>
        <source>Use the scanner. Identity typed by hand is refused unless a supervisor approves it.</source>
        <translation>Den Scanner verwenden. Eine von Hand getippte Identität wird abgelehnt, außer eine Aufsicht genehmigt sie.</translation>
    </message>
    <message>
        <source>Typed by hand: %1</source>
        <translation>Von Hand getippt: %1</translation>
    </message>
    <message>
        <source>Why the label cannot be scanned (required)</source>
        <translation>Warum das Etikett nicht gescannt werden kann (Pflicht)</translation>
    </message>
    <message>
        <source>Scan instead</source>
        <translation>Stattdessen scannen</translation>
    </message>
    <message>
        <source>Supervisor approves</source>
        <translation>Aufsicht genehmigt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Identity typed by hand instead of scanned: %1
Reason: %2</source>
        <translation>Identität von Hand getippt statt gescannt: %1
Begründung: %2</translation>
    </message>
</context>
<context>
    <name>SecurityLogScreen</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to today&apos;s work</source>
        <translation>Zurück zur heutigen Arbeit</translation>
    </message>
    <message>
        <source>Security log</source>
        <translation>Sicherheitsprotokoll</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Verweigerungen</translation>
    </message>
    <message>
        <source>Account changes</source>
        <translation>Kontoänderungen</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Anzeigen: %1</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>%1 %2 by %3: %4 %5</source>
        <translation>%1 %2 durch %3: %4 %5</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first</source>
        <translation>
            <numerusform>%n Eintrag, neueste zuerst</numerusform>
            <numerusform>%n Einträge, neueste zuerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry, newest first</source>
        <translation>
            <numerusform>%n Eintrag, neueste zuerst</numerusform>
            <numerusform>%n Einträge, neueste zuerst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to today&apos;s work</source>
        <translation>Zurück zur heutigen Arbeit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>Dieses Terminal</translation>
    </message>
    <message>
        <source>Terminal id (fixed when the data store was created)</source>
        <translation>Terminal-ID (beim Anlegen des Datenspeichers festgelegt)</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>Terminalname</translation>
    </message>
    <message>
        <source>for example: Suite A, bench 2</source>
        <translation>zum Beispiel: Reinraum A, Werkbank 2</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Reinraum</translation>
    </message>
    <message>
        <source>for example: Suite A</source>
        <translation>zum Beispiel: Reinraum A</translation>
    </message>
    <message>
        <source>Save name and suite</source>
        <translation>Name und Reinraum speichern</translation>
    </message>
    <message>
        <source>Shown in the top bar of this terminal only. Not part of any batch record.</source>
        <translation>Nur in der Kopfleiste dieses Terminals angezeigt. Nicht Teil eines Chargenprotokolls.</translation>
    </message>
    <message>
        <source>Only an administrator changes the name and suite.</source>
        <translation>Nur ein Administrator ändert Name und Reinraum.</translation>
    </message>
    <message>
        <source>Bar code scanner</source>
        <translation>Barcodescanner</translation>
    </message>
    <message>
        <source>Arrives with scanning: the scanner&apos;s prefix and suffix are set here then.</source>
        <translation>Kommt mit dem Scannen: Präfix und Suffix des Scanners werden dann hier eingestellt.</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Darstellung: %1</translation>
    </message>
    <message>
        <source>Applies at once, on every screen.</source>
        <translation>Gilt sofort, auf jedem Bildschirm.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>This run uses the language given with --lang (%1). The choice here applies when the terminal starts without it.</source>
        <translation>Dieser Lauf verwendet die mit --lang angegebene Sprache (%1). Die Auswahl hier gilt, wenn das Terminal ohne diese Option startet.</translation>
    </message>
    <message>
        <source>%1 from the next start; %2 until then.</source>
        <translation>%1 ab dem nächsten Start; bis dahin %2.</translation>
    </message>
    <message>
        <source>Applies at the next start.</source>
        <translation>Gilt ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Scan your badge or type your user id, then enter your password.</source>
        <translation>Ausweis scannen oder Benutzer-ID eingeben, dann das Passwort.</translation>
    </message>
    <message>
        <source>User id or badge</source>
        <translation>Benutzer-ID oder Ausweis</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Demo site: people and passwords</source>
        <translation>Demo-Standort: Personen und Passwörter</translation>
    </message>
    <message>
        <source>Tap a person to fill in the user id and password.</source>
        <translation>Person antippen, um Benutzer-ID und Passwort einzutragen.</translation>
    </message>
    <message>
        <source>Fill in %1</source>
        <translation>%1 eintragen</translation>
    </message>
    <message>
        <source>Demo people</source>
        <translation>Demo-Personen</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Ziffernblock</translation>
    </message>
    <message>
        <source>Keypad: typing the password</source>
        <translation>Ziffernblock: Eingabe des Passworts</translation>
    </message>
    <message>
        <source>Keypad: typing the user id or badge</source>
        <translation>Ziffernblock: Eingabe der Benutzerkennung oder des Ausweises</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Signature of the verifier</source>
        <translation>Unterschrift des Prüfers</translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation>Elektronische Unterschrift</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Bedeutung:</translation>
    </message>
    <message>
        <source>You sign:</source>
        <translation>Sie unterschreiben:</translation>
    </message>
    <message>
        <source>Signer: %1 · role: %2</source>
        <translation>Unterzeichner: %1 · Rolle: %2</translation>
    </message>
    <message>
        <source>Verifier: user id or badge</source>
        <translation>Prüfer: Benutzer-ID oder Ausweis</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Verifier: password</source>
        <translation>Prüfer: Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Signing with your user id and password is the legally binding equivalent of your handwritten signature.</source>
        <translation>Die Unterschrift mit Benutzer-ID und Passwort ist rechtlich gleichwertig mit Ihrer handschriftlichen Unterschrift.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign: %1</source>
        <translation>Unterschreiben: %1</translation>
    </message>
</context>
<context>
    <name>SignatureLines</name>
    <message>
        <source>performed</source>
        <translation>durchgeführt</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1 — %2 UTC — %3</source>
        <translation>%1 — %2 UTC — %3</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>%1 — entered %2 UTC by %3</source>
        <translation>%1 — erfasst %2 UTC von %3</translation>
    </message>
    <message>
        <source>Signed: %1 — %2 UTC — %3</source>
        <translation>Unterschrieben: %1 — %2 UTC — %3</translation>
    </message>
    <message>
        <source>Work recorded. A second person must verify it and sign.</source>
        <translation>Arbeit erfasst. Eine zweite Person muss sie verifizieren und unterschreiben.</translation>
    </message>
    <message>
        <source>Work recorded. Sign it as the person who performed it.</source>
        <translation>Arbeit erfasst. Unterschreiben Sie als die Person, die sie durchgeführt hat.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Container handed over. The person receiving it signs.</source>
        <translation>Behälter übergeben. Die empfangende Person unterschreibt.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
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
    <message>
        <source>Verify and sign</source>
        <translation>Verifizieren und unterschreiben</translation>
    </message>
    <message>
        <source>Sign as performer</source>
        <translation>Als Durchführende/r unterschreiben</translation>
    </message>
    <message>
        <source>Receiver signs</source>
        <translation>Empfänger/in unterschreibt</translation>
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
    <message numerus="yes">
        <source>%n batch order</source>
        <translation>
            <numerusform>%n Chargenauftrag</numerusform>
            <numerusform>%n Chargenaufträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch orders</source>
        <translation>
            <numerusform>%n Chargenauftrag</numerusform>
            <numerusform>%n Chargenaufträge</numerusform>
        </translation>
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
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Security log</source>
        <translation>Sicherheitslog</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Nutzerwechsel</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>%1 · terminal %2</source>
        <translation>%1 · Terminal %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Abweichungen</translation>
    </message>
</context>
<context>
    <name>UserAdminScreen</name>
    <message>
        <source>Add user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>Set temporary password</source>
        <translation>Temporäres Passwort setzen</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>Rollen ändern</translation>
    </message>
    <message>
        <source>Unlock account</source>
        <translation>Konto entsperren</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Konto deaktivieren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to today&apos;s work</source>
        <translation>Zurück zur heutigen Arbeit</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Accounts: %1 · none is ever deleted</source>
        <translation>Konten: %1 · keines wird je gelöscht</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Tap a user to see the account and what you can change.</source>
        <translation>Benutzer antippen, um das Konto und die möglichen Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>User id %1 · badge %2</source>
        <translation>Benutzer-ID %1 · Ausweis %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>Last change: %1, %2 UTC</source>
        <translation>Letzte Änderung: %1, %2 UTC</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Name in Druckschrift</translation>
    </message>
    <message>
        <source>Badge (optional)</source>
        <translation>Ausweis (optional)</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Erstpasswort</translation>
    </message>
    <message>
        <source>Temporary password (changed at the next sign-in)</source>
        <translation>Temporäres Passwort (bei der nächsten Anmeldung zu ändern)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Reason (recorded in the audit trail)</source>
        <translation>Begründung (wird im Audit-Trail erfasst)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>UserStatusLabel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Account status: %1</source>
        <translation>Kontostatus: %1</translation>
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
    <name>ck::DeviationController</name>
    <message>
        <source>alert %1</source>
        <translation>Warnung %1</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>Eingriff %1</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>quittiert</translation>
    </message>
    <message>
        <source>Batch %1, order %2, CoI %3, suite %4</source>
        <translation>Charge %1, Auftrag %2, CoI %3, Reinraum %4</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 (%4)</source>
        <translation>Schritt %1 von %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Limits: %1</source>
        <translation>Grenzen: %1</translation>
    </message>
    <message>
        <source>Step active since %1</source>
        <translation>Schritt aktiv seit %1</translation>
    </message>
    <message>
        <source>Entry at “%1”: %2 (%3) at %4 by %5</source>
        <translation>Eintrag bei „%1“: %2 (%3) um %4 von %5</translation>
    </message>
    <message>
        <source>limits %1</source>
        <translation>Grenzen %1</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>Containers: %1</source>
        <translation>Behälter: %1</translation>
    </message>
    <message>
        <source>Noticed at %1</source>
        <translation>Bemerkt um %1</translation>
    </message>
    <message>
        <source>No batch is open.</source>
        <translation>Keine Charge ist geöffnet.</translation>
    </message>
    <message>
        <source>in spec</source>
        <translation>in Spezifikation</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>out of specification</source>
        <translation>außerhalb der Spezifikation (OOS)</translation>
    </message>
    <message>
        <source>identity mismatch</source>
        <translation>Identität stimmt nicht überein</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>erfasst</translation>
    </message>
</context>
<context>
    <name>ck::DeviationQueueModel</name>
    <message>
        <source>no workstation is open</source>
        <translation>kein Arbeitsplatz ist geöffnet</translation>
    </message>
</context>
<context>
    <name>ck::ExceptionPathController</name>
    <message>
        <source>No batch is open.</source>
        <translation>Keine Charge ist geöffnet.</translation>
    </message>
    <message>
        <source>No stage is in progress.</source>
        <translation>Keine Phase läuft.</translation>
    </message>
    <message>
        <source>%1 is a number in %2.</source>
        <translation>%1 ist eine Zahl in %2.</translation>
    </message>
</context>
<context>
    <name>ck::ScanController</name>
    <message>
        <source>No batch is open.</source>
        <translation>Keine Charge geöffnet.</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>Es wurde nichts gescannt.</translation>
    </message>
    <message>
        <source>There is no typed identity to approve.</source>
        <translation>Es gibt keine getippte Identität zu genehmigen.</translation>
    </message>
</context>
<context>
    <name>ck::SecurityLogModel</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Konto entsperrt</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Sitzung gesperrt</translation>
    </message>
    <message>
        <source>Session unlocked</source>
        <translation>Sitzung entsperrt</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Benutzer angelegt</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Passwort gesetzt</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Rollen geändert</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>Benutzer deaktiviert</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <source>This terminal has no data store.</source>
        <translation>Dieses Terminal hat keinen Datenspeicher.</translation>
    </message>
</context>
<context>
    <name>ck::SessionController</name>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Schichtleitung</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QS</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>At least %1 characters, without your user id, and none of your last %2 passwords.</source>
        <translation>Mindestens %1 Zeichen, ohne Ihre Benutzer-ID und keines Ihrer letzten %2 Passwörter.</translation>
    </message>
    <message>
        <source>Enter your user id or badge, and your password.</source>
        <translation>Benutzer-ID oder Ausweis und Passwort eingeben.</translation>
    </message>
    <message>
        <source>Sign-in refused: unknown user or badge, wrong password, or the account is locked or deactivated. A supervisor or an administrator unlocks a locked account.</source>
        <translation>Anmeldung verweigert: unbekannter Benutzer oder Ausweis, falsches Passwort oder das Konto ist gesperrt bzw. deaktiviert. Ein gesperrtes Konto entsperrt die Schichtleitung oder ein Administrator.</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account of %1 is locked and the session has ended. A supervisor or an administrator unlocks the account.</source>
        <translation>Zu viele Fehlversuche: Das Konto von %1 ist gesperrt und die Sitzung beendet. Die Schichtleitung oder ein Administrator entsperrt das Konto.</translation>
    </message>
    <message>
        <source>Wrong password. Only %1 can unlock this session; anyone else signs in as someone else.</source>
        <translation>Falsches Passwort. Nur %1 kann diese Sitzung entsperren; alle anderen melden sich als andere Person an.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Nicht angelegt: %1</translation>
    </message>
    <message>
        <source>The administrator was created, but signing in failed: %1</source>
        <translation>Der Administrator wurde angelegt, die Anmeldung ist aber fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The new password and its confirmation differ.</source>
        <translation>Neues Passwort und Wiederholung stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Password not changed: %1</source>
        <translation>Passwort nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>ck::SettingsController</name>
    <message>
        <source>The settings could not be saved in %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Unknown theme: %1</source>
        <translation>Unbekannte Darstellung: %1</translation>
    </message>
    <message>
        <source>Unknown language: %1</source>
        <translation>Unbekannte Sprache: %1</translation>
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
<context>
    <name>ck::UserAdminController</name>
    <message>
        <source>This terminal has no data store.</source>
        <translation>Dieses Terminal hat keinen Datenspeicher.</translation>
    </message>
    <message>
        <source>%1 added. The password must be changed at the first sign-in.</source>
        <translation>%1 angelegt. Das Passwort muss bei der ersten Anmeldung geändert werden.</translation>
    </message>
    <message>
        <source>%1 deactivated.</source>
        <translation>%1 deaktiviert.</translation>
    </message>
    <message>
        <source>Temporary password set for %1; it must be changed at the next sign-in.</source>
        <translation>Temporäres Passwort für %1 gesetzt; es muss bei der nächsten Anmeldung geändert werden.</translation>
    </message>
    <message>
        <source>%1 unlocked.</source>
        <translation>%1 entsperrt.</translation>
    </message>
    <message>
        <source>Roles of %1 changed.</source>
        <translation>Rollen von %1 geändert.</translation>
    </message>
</context>
</TS>
