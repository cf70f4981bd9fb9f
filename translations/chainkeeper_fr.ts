<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ChainOfIdentityBanner</name>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Chain of identity %1, patient initials %2</source>
        <translation>Chaîne d’identité %1, initiales du patient %2</translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation>Chaîne d’identité</translation>
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
        <translation>Choix</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Elapsed %1</source>
        <translation>Écoulé %1</translation>
    </message>
    <message>
        <source>Minimum reached</source>
        <translation>Minimum atteint</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>Too early to stop</source>
        <translation>Trop tôt pour arrêter</translation>
    </message>
    <message>
        <source>In window</source>
        <translation>Dans la fenêtre</translation>
    </message>
    <message>
        <source>Over maximum</source>
        <translation>Maximum dépassé</translation>
    </message>
    <message>
        <source>Window ends %1 local · %2 UTC</source>
        <translation>Fin de fenêtre %1 heure locale · %2 UTC</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>Dépassé de</translation>
    </message>
    <message>
        <source>Minimum in</source>
        <translation>Minimum dans</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Entries of this step</source>
        <translation>Saisies de cette étape</translation>
    </message>
    <message>
        <source>%1 UTC · %2</source>
        <translation>%1 UTC · %2</translation>
    </message>
    <message>
        <source>Not counted — reason: %1</source>
        <translation>Non pris en compte — motif&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExceptionPanel</name>
    <message>
        <source>Out of specification</source>
        <translation>Hors spécification (OOS)</translation>
    </message>
    <message>
        <source>Time window missed</source>
        <translation>Fenêtre temporelle manquée</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Exception %1</translation>
    </message>
    <message>
        <source>%1 at “%2”</source>
        <translation>%1 à l’étape «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Repeat: this entry does not count, enter the step again. Continue: accept the entry and go on.</source>
        <translation>Répéter&#xa0;: cette saisie n’est pas prise en compte, refaire l’étape. Poursuivre&#xa0;: accepter la saisie et continuer.</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Repeat step</source>
        <translation>Répéter l’étape</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Poursuivre</translation>
    </message>
</context>
<context>
    <name>ExecutionScreen</name>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation>Chaîne d’identité</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Batch order</source>
        <translation>Ordre de fabrication</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>%1 · %2 steps · batch %3</source>
        <translation>%1 · %2 étapes · lot %3</translation>
    </message>
</context>
<context>
    <name>FlagLabel</name>
    <message>
        <source>In spec</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Alert: outside the normal range</source>
        <translation>Alerte&#xa0;: hors plage normale</translation>
    </message>
    <message>
        <source>Out of specification</source>
        <translation>Hors spécification</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>LimitScale</name>
    <message>
        <source>action limits %1 to %2</source>
        <translation>limites d’action %1 à %2</translation>
    </message>
    <message>
        <source>alert limits %1 to %2</source>
        <translation>limites d’alerte %1 à %2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <source>entered %1</source>
        <translation>saisi %1</translation>
    </message>
    <message>
        <source>Limit scale</source>
        <translation>Échelle des limites</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Chainkeeper — DEMO SITE — NOT FOR GMP USE — terminal %1</source>
        <translation>Chainkeeper — SITE DE DÉMONSTRATION — NE PAS UTILISER EN BPF — terminal %1</translation>
    </message>
    <message>
        <source>Chainkeeper — terminal %1</source>
        <translation>Chainkeeper — terminal %1</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Numeric keypad</source>
        <translation>Pavé numérique</translation>
    </message>
    <message>
        <source>Delete last character</source>
        <translation>Effacer le dernier caractère</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Change sign</source>
        <translation>Changer de signe</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Séparateur décimal</translation>
    </message>
</context>
<context>
    <name>StatusPill</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Start batch</source>
        <translation>Démarrer le lot</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Record value</source>
        <translation>Enregistrer la valeur</translation>
    </message>
    <message>
        <source>Confirm calculation</source>
        <translation>Confirmer le calcul</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Arrêter le minuteur</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Démarrer le minuteur</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>alerte %1</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>action %1</translation>
    </message>
    <message>
        <source>Time window starts when an earlier step is done</source>
        <translation>La fenêtre démarre à la fin d’une étape précédente</translation>
    </message>
    <message>
        <source>Not yet: the window opens at %1 UTC</source>
        <translation>Pas encore&#xa0;: la fenêtre s’ouvre à %1 UTC</translation>
    </message>
    <message>
        <source>Time window: due by %1 UTC, latest %2 UTC</source>
        <translation>Fenêtre&#xa0;: à faire avant %1 UTC, au plus tard %2 UTC</translation>
    </message>
    <message>
        <source>Time window: due by %1 UTC</source>
        <translation>Fenêtre&#xa0;: à faire avant %1 UTC</translation>
    </message>
    <message>
        <source>Overdue since %1 UTC; latest %2 UTC</source>
        <translation>En retard depuis %1 UTC&#xa0;; au plus tard %2 UTC</translation>
    </message>
    <message>
        <source>Overdue since %1 UTC</source>
        <translation>En retard depuis %1 UTC</translation>
    </message>
    <message>
        <source>Window missed: it closed at %1 UTC</source>
        <translation>Fenêtre manquée&#xa0;: fermée à %1 UTC</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · étape %2 sur %3</translation>
    </message>
    <message>
        <source>entry %1 of %2</source>
        <translation>saisie %1 sur %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>Batch complete</source>
        <translation>Lot terminé</translation>
    </message>
    <message>
        <source>Batch aborted</source>
        <translation>Lot abandonné</translation>
    </message>
    <message>
        <source>Check the order, the chain-of-identity id and the patient&apos;s initials against the bag, then start the batch.</source>
        <translation>Vérifier l’ordre, l’identifiant de chaîne d’identité et les initiales du patient sur la poche, puis démarrer le lot.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type here</source>
        <translation>Saisir ici</translation>
    </message>
    <message>
        <source>Calculated value (not recorded until confirmed)</source>
        <translation>Valeur calculée (enregistrée seulement après confirmation)</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>À l’arrêt</translation>
    </message>
    <message>
        <source>Hold %1 to %2 min</source>
        <translation>Maintien de %1 à %2 min</translation>
    </message>
    <message>
        <source>Hold at most %1 min</source>
        <translation>Maintien de %1 min au plus</translation>
    </message>
    <message>
        <source>Hold at least %1 min</source>
        <translation>Maintien d’au moins %1 min</translation>
    </message>
    <message>
        <source>Longer than the maximum hold</source>
        <translation>Durée maximale de maintien dépassée</translation>
    </message>
    <message>
        <source>Minimum reached in %1</source>
        <translation>Minimum atteint dans %1</translation>
    </message>
    <message>
        <source>Limits: %1</source>
        <translation>Limites&#xa0;: %1</translation>
    </message>
    <message>
        <source>If recorded:</source>
        <translation>Si enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>Whole numbers only</source>
        <translation>Nombres entiers uniquement</translation>
    </message>
    <message>
        <source>At most %1 decimal place(s)</source>
        <translation>%1 décimale(s) au maximum</translation>
    </message>
    <message>
        <source>Last entry · %1</source>
        <translation>Dernière saisie · %1</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non pris en compte</translation>
    </message>
    <message>
        <source>This step waits for a decision on the exception (right).</source>
        <translation>Cette étape attend une décision sur l’exception (à droite).</translation>
    </message>
    <message>
        <source>The batch is on hold.</source>
        <translation>Le lot est suspendu.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>No due time</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Due %1 UTC</source>
        <translation>Échéance %1 UTC</translation>
    </message>
    <message>
        <source>Due %1 %2 UTC</source>
        <translation>Échéance %1, %2 UTC</translation>
    </message>
    <message>
        <source>Today&apos;s work</source>
        <translation>Travail du jour</translation>
    </message>
    <message>
        <source>1 batch order</source>
        <translation>1 ordre de fabrication</translation>
    </message>
    <message>
        <source>%1 batch orders</source>
        <translation>%1 ordres de fabrication</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>No batch orders for this terminal today.</source>
        <translation>Aucun ordre de fabrication pour ce terminal aujourd’hui.</translation>
    </message>
    <message>
        <source>Patient %1 · %2</source>
        <translation>Patient %1 · %2</translation>
    </message>
    <message>
        <source>%1 · step: %2</source>
        <translation>%1 · étape&#xa0;: %2</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
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
        <translation>SITE DE DÉMO — HORS BPF</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
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
        <translation>Valeur</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Value entry</source>
        <translation>Saisie de valeur</translation>
    </message>
</context>
<context>
    <name>ck::StepController</name>
    <message>
        <source>acknowledged</source>
        <translation>acquitté</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>No batch is open.</source>
        <translation>Aucun lot n’est ouvert.</translation>
    </message>
    <message>
        <source>Batch %1 has no active step (it is %2).</source>
        <translation>Le lot %1 n’a pas d’étape active (état&#xa0;: %2).</translation>
    </message>
</context>
</TS>
