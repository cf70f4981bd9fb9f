<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppShell</name>
    <message>
        <source>DEMO SITE — NOT FOR GMP USE</source>
        <translation>SITE DE DÉMONSTRATION — NE PAS UTILISER EN BPF</translation>
    </message>
</context>
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
    <name>ChangePasswordScreen</name>
    <message>
        <source>Change your password</source>
        <translation>Changer votre mot de passe</translation>
    </message>
    <message>
        <source>%1: your password was set by an administrator or has expired. Choose a new one before you go on.</source>
        <translation>%1&#xa0;: votre mot de passe a été défini par un administrateur ou a expiré. Choisissez-en un nouveau avant de continuer.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
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
    <name>DeviationCard</name>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revu</translation>
    </message>
    <message>
        <source>Deviation %1 (%2, %3) at “%4”, batch %5</source>
        <translation>Déviation %1 (%2, %3) à «&#xa0;%4&#xa0;», lot %5</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description&#xa0;: %1</translation>
    </message>
    <message>
        <source>Immediate action: %1</source>
        <translation>Action immédiate&#xa0;: %1</translation>
    </message>
    <message>
        <source>Decision: %1 · %2</source>
        <translation>Décision&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Closing comment: %1</source>
        <translation>Commentaire de clôture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deviation %1 · %2 %3</source>
        <translation>Déviation %1 · %2 %3</translation>
    </message>
    <message>
        <source>%1 at “%2”</source>
        <translation>%1 à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the batch</source>
        <translation>le lot</translation>
    </message>
    <message>
        <source>Order %1 · CoI %2 · patient %3 · %4</source>
        <translation>Ordre %1 · CoI %2 · patient %3 · %4</translation>
    </message>
    <message>
        <source>Raised by %1 at %2</source>
        <translation>Déclarée par %1 à %2</translation>
    </message>
    <message>
        <source>submitted by %1</source>
        <translation>soumise par %1</translation>
    </message>
    <message>
        <source>decided by %1: %2</source>
        <translation>décidée par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Entries of the step</source>
        <translation>Saisies de l&apos;étape</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Immediate action taken</source>
        <translation>Action immédiate prise</translation>
    </message>
    <message>
        <source>Batch set aside, supervisor informed</source>
        <translation>Lot mis de côté, superviseur informé</translation>
    </message>
    <message>
        <source>Measured again</source>
        <translation>Mesuré à nouveau</translation>
    </message>
    <message>
        <source>Container labelled and quarantined</source>
        <translation>Contenant étiqueté et mis en quarantaine</translation>
    </message>
    <message>
        <source>Submit and sign</source>
        <translation>Soumettre et signer</translation>
    </message>
    <message>
        <source>The operator completes and submits this deviation.</source>
        <translation>L&apos;opérateur complète et soumet cette déviation.</translation>
    </message>
    <message>
        <source>A supervisor decides how the batch goes on: tap “Switch user” and let them sign in here.</source>
        <translation>Un superviseur décide de la suite du lot&#xa0;: touchez «&#xa0;Changer d&apos;utilisateur&#xa0;» et laissez-le se connecter ici.</translation>
    </message>
    <message>
        <source>Not submitted yet: the operator completes and signs it first.</source>
        <translation>Pas encore soumise&#xa0;: l&apos;opérateur la complète et la signe d&apos;abord.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>What the batch does:</source>
        <translation>Ce que fait le lot&#xa0;:</translation>
    </message>
    <message>
        <source>Closing comment (required)</source>
        <translation>Commentaire de clôture (obligatoire)</translation>
    </message>
    <message>
        <source>Comment (required)</source>
        <translation>Commentaire (obligatoire)</translation>
    </message>
    <message>
        <source>Send back to the operator</source>
        <translation>Renvoyer à l&apos;opérateur</translation>
    </message>
    <message>
        <source>Choose a decision</source>
        <translation>Choisir une décision</translation>
    </message>
    <message>
        <source>Sign: %1</source>
        <translation>Signer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close and sign</source>
        <translation>Clôturer et signer</translation>
    </message>
</context>
<context>
    <name>DeviationDeskScreen</name>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to today&apos;s work</source>
        <translation>Retour au travail du jour</translation>
    </message>
    <message>
        <source>Deviation desk</source>
        <translation>Bureau des déviations</translation>
    </message>
    <message>
        <source>%1 waiting for a decision · %2 open in all · most severe, then oldest first</source>
        <translation>%1 en attente de décision · %2 ouvertes au total · les plus graves, puis les plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>No deviation waits on this terminal.</source>
        <translation>Aucune déviation n&apos;attend sur ce terminal.</translation>
    </message>
    <message>
        <source>Open the batch</source>
        <translation>Ouvrir le lot</translation>
    </message>
    <message>
        <source>Review by exception</source>
        <translation>Revue par exception</translation>
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
        <translation>Terminal %1 signalé par le serveur central : %2</translation>
    </message>
    <message>
        <source>Terminal %1 has never synced</source>
        <translation>Le terminal %1 ne s&apos;est jamais synchronisé</translation>
    </message>
    <message>
        <source>Terminal %1 offline for %2 · last push %3 UTC</source>
        <translation>Terminal %1 hors ligne depuis %2 · dernier envoi %3 UTC</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <source>Attachment: %1 (SHA-256 %2)</source>
        <translation>Pièce jointe&#xa0;: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Deviation %1 (%2, %3)</source>
        <translation>Déviation %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Immediate action: %1</source>
        <translation>Action immédiate&#xa0;: %1</translation>
    </message>
    <message>
        <source>Raise a deviation</source>
        <translation>Déclarer une déviation</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>What happened (filled in from the record; add what you saw)</source>
        <translation>Ce qui s&apos;est passé (rempli d&apos;après le dossier&#xa0;; ajoutez ce que vous avez vu)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Immediate action taken</source>
        <translation>Action immédiate prise</translation>
    </message>
    <message>
        <source>Batch set aside, supervisor informed</source>
        <translation>Lot mis de côté, superviseur informé</translation>
    </message>
    <message>
        <source>Measured again</source>
        <translation>Mesuré à nouveau</translation>
    </message>
    <message>
        <source>Container labelled and quarantined</source>
        <translation>Contenant étiqueté et mis en quarantaine</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>Aucune nécessaire</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contenants</translation>
    </message>
    <message>
        <source>Attach a file (optional)</source>
        <translation>Joindre un fichier (facultatif)</translation>
    </message>
    <message>
        <source>Change the file</source>
        <translation>Changer de fichier</translation>
    </message>
    <message>
        <source>%1 · SHA-256 %2…</source>
        <translation>%1 · SHA-256 %2…</translation>
    </message>
    <message>
        <source>No file in %1</source>
        <translation>Aucun fichier dans %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign later</source>
        <translation>Signer plus tard</translation>
    </message>
    <message>
        <source>Submit and sign</source>
        <translation>Soumettre et signer</translation>
    </message>
</context>
<context>
    <name>DeviationText</name>
    <message>
        <source>Out of specification</source>
        <translation>Hors spécification (OOS)</translation>
    </message>
    <message>
        <source>Identity mismatch</source>
        <translation>Identité non concordante</translation>
    </message>
    <message>
        <source>Time window missed</source>
        <translation>Fenêtre manquée</translation>
    </message>
    <message>
        <source>Timer outside its limits</source>
        <translation>Minuterie hors limites</translation>
    </message>
    <message>
        <source>Identity typed by hand</source>
        <translation>Identité saisie à la main</translation>
    </message>
    <message>
        <source>Material or equipment not released</source>
        <translation>Matériel ou équipement non libéré</translation>
    </message>
    <message>
        <source>Late specimen</source>
        <translation>Prélèvement en retard</translation>
    </message>
    <message>
        <source>Incomplete record</source>
        <translation>Dossier incomplet</translation>
    </message>
    <message>
        <source>Conflicting records</source>
        <translation>Enregistrements contradictoires</translation>
    </message>
    <message>
        <source>Raised by hand</source>
        <translation>Déclarée à la main</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineure</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeure</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Open: to be completed and submitted</source>
        <translation>Ouverte&#xa0;: à compléter et soumettre</translation>
    </message>
    <message>
        <source>Submitted: waiting for a decision</source>
        <translation>Soumise&#xa0;: en attente de décision</translation>
    </message>
    <message>
        <source>More information asked</source>
        <translation>Complément d&apos;information demandé</translation>
    </message>
    <message>
        <source>Approved: to be closed</source>
        <translation>Approuvée&#xa0;: à clôturer</translation>
    </message>
    <message>
        <source>Rejected: to be closed</source>
        <translation>Rejetée&#xa0;: à clôturer</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>The batch goes on, flagged</source>
        <translation>Le lot continue, signalé</translation>
    </message>
    <message>
        <source>The step waits for the decision</source>
        <translation>L&apos;étape attend la décision</translation>
    </message>
    <message>
        <source>The batch is on hold until the decision</source>
        <translation>Le lot est suspendu en attendant la décision</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Procédé</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Keep record %1</source>
        <translation>Garder l&apos;enregistrement %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Repeat step</source>
        <translation>Répéter l&apos;étape</translation>
    </message>
    <message>
        <source>Hold the batch</source>
        <translation>Suspendre le lot</translation>
    </message>
    <message>
        <source>Abort the batch</source>
        <translation>Abandonner le lot</translation>
    </message>
    <message>
        <source>No change to the batch</source>
        <translation>Aucun changement pour le lot</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclarée</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Complétée</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Déviation</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Alert-level value</source>
        <translation>Valeur au niveau d&apos;alerte</translation>
    </message>
    <message>
        <source>Late or missed window</source>
        <translation>Fenêtre en retard ou manquée</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Continuing under deviation</source>
        <translation>Poursuivi sous déviation</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Segregated</source>
        <translation>Séparé</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abandonné</translation>
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
        <source>Batch disposition: %1</source>
        <translation>Disposition du lot&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExceptionPathsPanel</name>
    <message>
        <source>Discard</source>
        <translation>Éliminer</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retourner</translation>
    </message>
    <message>
        <source>Segregate</source>
        <translation>Séparer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Batch %1, order %2, CoI %3</source>
        <translation>Lot %1, ordre %2, CoI %3</translation>
    </message>
    <message>
        <source>Move the batch from %1 to %2</source>
        <translation>Déplacer le lot de %1 vers %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Terminate the whole run</source>
        <translation>Arrêter toute la production</translation>
    </message>
    <message>
        <source>Terminate the stage %1</source>
        <translation>Arrêter l’étape %1</translation>
    </message>
    <message>
        <source>Repeat the step %1 (its work so far no longer counts)</source>
        <translation>Répéter le pas %1 (le travail fait jusqu’ici ne compte plus)</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Justification : %1</translation>
    </message>
    <message>
        <source>Move to another suite</source>
        <translation>Déplacer vers une autre salle</translation>
    </message>
    <message>
        <source>Terminate the run or the stage</source>
        <translation>Arrêter la production ou l’étape</translation>
    </message>
    <message>
        <source>Repeat this step</source>
        <translation>Répéter ce pas</translation>
    </message>
    <message>
        <source>Incomplete record</source>
        <translation>Dossier incomplet</translation>
    </message>
    <message>
        <source>Exception paths</source>
        <translation>Cas d’exception</translation>
    </message>
    <message>
        <source>Batch %1 · order %2 · %3</source>
        <translation>Lot %1 · ordre %2 · %3</translation>
    </message>
    <message>
        <source>Terminate run or stage</source>
        <translation>Arrêter production ou étape</translation>
    </message>
    <message>
        <source>Moving, terminating and repeating need a supervisor&apos;s signature.</source>
        <translation>Déplacer, arrêter et répéter exigent la signature d’un superviseur.</translation>
    </message>
    <message>
        <source>Target suite</source>
        <translation>Salle de destination</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Room not available</source>
        <translation>Salle non disponible</translation>
    </message>
    <message>
        <source>Equipment not available</source>
        <translation>Équipement non disponible</translation>
    </message>
    <message>
        <source>Environmental monitoring out of limits</source>
        <translation>Surveillance environnementale hors limites</translation>
    </message>
    <message>
        <source>The whole batch</source>
        <translation>Tout le lot</translation>
    </message>
    <message>
        <source>This stage: %1</source>
        <translation>Cette étape : %1</translation>
    </message>
    <message>
        <source>Equipment failure</source>
        <translation>Panne d’équipement</translation>
    </message>
    <message>
        <source>Contamination suspected</source>
        <translation>Contamination suspectée</translation>
    </message>
    <message>
        <source>Cells out of specification</source>
        <translation>Cellules hors spécification</translation>
    </message>
    <message>
        <source>What happens to each container the batch holds</source>
        <translation>Ce qui advient de chaque contenant du lot</translation>
    </message>
    <message>
        <source>The batch holds no registered container.</source>
        <translation>Le lot n’a aucun contenant enregistré.</translation>
    </message>
    <message>
        <source>The work recorded at “%1” will no longer count and the step is done again. The entries stay in the record, marked as superseded.</source>
        <translation>Le travail enregistré à « %1 » ne compte plus et le pas est refait. Les saisies restent au dossier, marquées comme remplacées.</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Sample taken wrongly</source>
        <translation>Échantillon mal prélevé</translation>
    </message>
    <message>
        <source>Instrument error, measured again</source>
        <translation>Erreur d’instrument, mesuré à nouveau</translation>
    </message>
    <message>
        <source>Wrong value entered</source>
        <translation>Mauvaise valeur saisie</translation>
    </message>
    <message>
        <source>The order has all the data this step needs.</source>
        <translation>L’ordre contient toutes les données dont ce pas a besoin.</translation>
    </message>
    <message>
        <source>The order lacks: %1</source>
        <translation>Il manque à l’ordre : %1</translation>
    </message>
    <message>
        <source>Incomplete-record deviation raised</source>
        <translation>Déviation « dossier incomplet » déclarée</translation>
    </message>
    <message>
        <source>Raise incomplete-record deviation</source>
        <translation>Déclarer la déviation « dossier incomplet »</translation>
    </message>
    <message>
        <source>Complete the order (supervisor)</source>
        <translation>Compléter l’ordre (superviseur)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reason for completing it later</source>
        <translation>Motif de la saisie tardive</translation>
    </message>
    <message>
        <source>Complete the order</source>
        <translation>Compléter l’ordre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Other paths</source>
        <translation>Autres cas</translation>
    </message>
    <message>
        <source>Supervisor signs</source>
        <translation>Le superviseur signe</translation>
    </message>
    <message>
        <source>Approved (supervisor)</source>
        <translation>Approuvé (superviseur)</translation>
    </message>
    <message>
        <source>Either raise the incomplete-record deviation for a supervisor&apos;s approval, or a supervisor completes the order with a reason.</source>
        <translation>Soit déclarer la déviation « dossier incomplet » pour approbation par un superviseur, soit un superviseur complète l’ordre avec un motif.</translation>
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
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n sautée</numerusform>
            <numerusform>%n sautées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step done</source>
        <translation>
            <numerusform>%1 sur %n étape terminée</numerusform>
            <numerusform>%1 sur %n étapes terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps done</source>
        <translation>
            <numerusform>%1 sur %n étape terminée</numerusform>
            <numerusform>%1 sur %n étapes terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n step · batch %2</source>
        <translation>
            <numerusform>%1 · %n étape · lot %2</numerusform>
            <numerusform>%1 · %n étapes · lot %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n steps · batch %2</source>
        <translation>
            <numerusform>%1 · %n étape · lot %2</numerusform>
            <numerusform>%1 · %n étapes · lot %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Raise deviation</source>
        <translation>Déclarer une déviation</translation>
    </message>
    <message>
        <source>Review by exception</source>
        <translation>Revue par exception</translation>
    </message>
    <message>
        <source>Exception paths</source>
        <translation>Cas d’exception</translation>
    </message>
    <message>
        <source>Incomplete record: the order lacks %1</source>
        <translation>Dossier incomplet : il manque à l’ordre %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Container dispositions</source>
        <translation>Sort des contenants</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Set up this terminal: the first administrator</source>
        <translation>Configurer ce terminal&#xa0;: le premier administrateur</translation>
    </message>
    <message>
        <source>No users yet. This administrator adds the others, but does not execute or approve batches.</source>
        <translation>Aucun utilisateur pour l’instant. Cet administrateur crée les autres, mais n’exécute ni n’approuve aucun lot.</translation>
    </message>
    <message>
        <source>User id (lower case, e.g. j.smith)</source>
        <translation>Identifiant (minuscules, p. ex. j.smith)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Printed name (shown with every signature)</source>
        <translation>Nom en clair (affiché avec chaque signature)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Badge (optional: scan it)</source>
        <translation>Badge (facultatif&#xa0;: le scanner)</translation>
    </message>
    <message>
        <source>Create administrator and sign in</source>
        <translation>Créer l’administrateur et se connecter</translation>
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
    <name>IdentityStop</name>
    <message>
        <source>STOP — IDENTITY MISMATCH</source>
        <translation>ARRÊT — IDENTITÉ NON CONFORME</translation>
    </message>
    <message>
        <source>Do not use this container. Put it aside, labelled, and call a supervisor.</source>
        <translation>N’utilisez pas ce contenant. Mettez-le de côté, étiqueté, et appelez un superviseur.</translation>
    </message>
    <message>
        <source>A supervisor decides: tap “Switch user” and let them sign in here.</source>
        <translation>Un superviseur décide : touchez « Changer d’utilisateur » et laissez-le se connecter ici.</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Changer d’utilisateur</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Scanner à nouveau</translation>
    </message>
    <message>
        <source>Abort the batch</source>
        <translation>Abandonner le lot</translation>
    </message>
    <message>
        <source>Deviation %1: identity mismatch at “%2”</source>
        <translation>Déviation %1&#xa0;: identité non concordante à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Immediate action: %1</source>
        <translation>Action immédiate&#xa0;: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deviation %1 · %2 · %3</source>
        <translation>Déviation %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Immediate action taken</source>
        <translation>Action immédiate prise</translation>
    </message>
    <message>
        <source>Bag set aside, labelled</source>
        <translation>Poche mise de côté, étiquetée</translation>
    </message>
    <message>
        <source>Submit and sign</source>
        <translation>Soumettre et signer</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Then a supervisor decides: tap “Switch user” and let them sign in here.</source>
        <translation>Puis un superviseur décide&#xa0;: touchez «&#xa0;Changer d&apos;utilisateur&#xa0;» et laissez-le se connecter ici.</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>signer</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Discard the value you typed?</source>
        <translation>Abandonner la valeur saisie&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” is not recorded yet. Everything recorded before is kept.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas encore enregistré. Tout ce qui a été enregistré avant est conservé.</translation>
    </message>
    <message>
        <source>It is not recorded yet. Everything recorded before is kept.</source>
        <translation>Elle n&apos;est pas encore enregistrée. Tout ce qui a été enregistré avant est conservé.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Discard the typed value and leave</source>
        <translation>Abandonner la valeur saisie et quitter</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Keep the typed value and stay</source>
        <translation>Conserver la valeur saisie et rester</translation>
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
    <name>LockScreen</name>
    <message>
        <source>Terminal locked</source>
        <translation>Terminal verrouillé</translation>
    </message>
    <message>
        <source>Locked for %1 at %2 UTC, after %3 min without use.</source>
        <translation>Verrouillé pour %1 à %2 UTC, après %3 min sans utilisation.</translation>
    </message>
    <message>
        <source>The open screen is kept as it was. %1 unlocks it with their password.</source>
        <translation>L’écran ouvert reste tel quel. %1 le déverrouille avec son mot de passe.</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Se connecter sous un autre nom</translation>
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
    <message>
        <source>The on-screen keyboard could not be loaded (is Qt Virtual Keyboard installed?).</source>
        <translation>Le clavier virtuel n&apos;a pas pu être chargé (Qt Virtual Keyboard est-il installé&#xa0;?).</translation>
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
    <name>ProgressRail</name>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Signature attendue</translation>
    </message>
    <message>
        <source>Blocked: exception open</source>
        <translation>Bloquée&#xa0;: exception ouverte</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sautée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Progress of the batch</source>
        <translation>Avancement du lot</translation>
    </message>
    <message>
        <source>Hide the step titles</source>
        <translation>Masquer les titres des étapes</translation>
    </message>
    <message>
        <source>Show the step titles</source>
        <translation>Afficher les titres des étapes</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Stage %1, %2 of %3 settled</source>
        <translation>Phase %1, %2 sur %3 réglées</translation>
    </message>
    <message>
        <source>folded</source>
        <translation>repliée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>dépliée</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Étape %1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Review by exception</source>
        <translation>Revue par exception</translation>
    </message>
    <message>
        <source>Batch %1 · %2 items off the nominal path</source>
        <translation>Lot %1 · %2 éléments hors du parcours nominal</translation>
    </message>
    <message>
        <source>Nothing departs from the nominal path.</source>
        <translation>Rien ne s&apos;écarte du parcours nominal.</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>événement %1</translation>
    </message>
</context>
<context>
    <name>ScanEntry</name>
    <message>
        <source>Scan %1 on the %2.</source>
        <translation>Scannez %1 sur %2.</translation>
    </message>
    <message>
        <source>Scan %1.</source>
        <translation>Scannez %1.</translation>
    </message>
    <message>
        <source>Waiting for the scanner…</source>
        <translation>En attente du scanner…</translation>
    </message>
    <message>
        <source>Scan field</source>
        <translation>Champ de scan</translation>
    </message>
    <message>
        <source>Use the scanner. Identity typed by hand is refused unless a supervisor approves it.</source>
        <translation>Utilisez le scanner. Une identité saisie à la main est refusée sauf approbation d’un superviseur.</translation>
    </message>
    <message>
        <source>Typed by hand: %1</source>
        <translation>Saisi à la main : %1</translation>
    </message>
    <message>
        <source>Why the label cannot be scanned (required)</source>
        <translation>Pourquoi l’étiquette ne peut pas être scannée (obligatoire)</translation>
    </message>
    <message>
        <source>Scan instead</source>
        <translation>Scanner plutôt</translation>
    </message>
    <message>
        <source>Supervisor approves</source>
        <translation>Le superviseur approuve</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Identity typed by hand instead of scanned: %1
Reason: %2</source>
        <translation>Identité saisie à la main au lieu d’être scannée : %1
Motif : %2</translation>
    </message>
</context>
<context>
    <name>SecurityLogScreen</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to today&apos;s work</source>
        <translation>Retour au travail du jour</translation>
    </message>
    <message>
        <source>Security log</source>
        <translation>Journal de sécurité</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Verrouillages</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Account changes</source>
        <translation>Modifications de comptes</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Afficher&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>%1 %2 by %3: %4 %5</source>
        <translation>%1 %2 par %3&#xa0;: %4 %5</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first</source>
        <translation>
            <numerusform>%n entrée, la plus récente en premier</numerusform>
            <numerusform>%n entrées, les plus récentes en premier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry, newest first</source>
        <translation>
            <numerusform>%n entrée, la plus récente en premier</numerusform>
            <numerusform>%n entrées, les plus récentes en premier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to today&apos;s work</source>
        <translation>Retour au travail du jour</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>Ce terminal</translation>
    </message>
    <message>
        <source>Terminal id (fixed when the data store was created)</source>
        <translation>Identifiant du terminal (fixé à la création de la base de données)</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Répertoire des données</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>Nom du terminal</translation>
    </message>
    <message>
        <source>for example: Suite A, bench 2</source>
        <translation>par exemple&#xa0;: salle A, poste 2</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>for example: Suite A</source>
        <translation>par exemple&#xa0;: salle A</translation>
    </message>
    <message>
        <source>Save name and suite</source>
        <translation>Enregistrer le nom et la salle</translation>
    </message>
    <message>
        <source>Shown in the top bar of this terminal only. Not part of any batch record.</source>
        <translation>Affiché uniquement dans la barre supérieure de ce terminal. Ne fait partie d&apos;aucun dossier de lot.</translation>
    </message>
    <message>
        <source>Only an administrator changes the name and suite.</source>
        <translation>Seul un administrateur modifie le nom et la salle.</translation>
    </message>
    <message>
        <source>Bar code scanner</source>
        <translation>Lecteur de codes-barres</translation>
    </message>
    <message>
        <source>Arrives with scanning: the scanner&apos;s prefix and suffix are set here then.</source>
        <translation>Arrive avec la lecture des codes&#xa0;: le préfixe et le suffixe du lecteur se régleront alors ici.</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffixe</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Thème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Applies at once, on every screen.</source>
        <translation>S&apos;applique immédiatement, sur chaque écran.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>This run uses the language given with --lang (%1). The choice here applies when the terminal starts without it.</source>
        <translation>Cette session utilise la langue donnée par --lang (%1). Le choix fait ici s&apos;applique quand le terminal démarre sans cette option.</translation>
    </message>
    <message>
        <source>%1 from the next start; %2 until then.</source>
        <translation>%1 dès le prochain démarrage&#xa0;; %2 d&apos;ici là.</translation>
    </message>
    <message>
        <source>Applies at the next start.</source>
        <translation>S&apos;applique au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Scan your badge or type your user id, then enter your password.</source>
        <translation>Scannez votre badge ou saisissez votre identifiant, puis votre mot de passe.</translation>
    </message>
    <message>
        <source>User id or badge</source>
        <translation>Identifiant ou badge</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Demo site: people and passwords</source>
        <translation>Site de démonstration&#xa0;: personnes et mots de passe</translation>
    </message>
    <message>
        <source>Tap a person to fill in the user id and password.</source>
        <translation>Touchez une personne pour remplir l’identifiant et le mot de passe.</translation>
    </message>
    <message>
        <source>Fill in %1</source>
        <translation>Remplir pour %1</translation>
    </message>
    <message>
        <source>Demo people</source>
        <translation>Personnes de démo</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Pavé numérique</translation>
    </message>
    <message>
        <source>Keypad: typing the password</source>
        <translation>Pavé numérique : saisie du mot de passe</translation>
    </message>
    <message>
        <source>Keypad: typing the user id or badge</source>
        <translation>Pavé numérique : saisie de l’identifiant ou du badge</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Signature of the verifier</source>
        <translation>Signature du vérificateur</translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation>Signature électronique</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Signification&#xa0;:</translation>
    </message>
    <message>
        <source>You sign:</source>
        <translation>Vous signez&#xa0;:</translation>
    </message>
    <message>
        <source>Signer: %1 · role: %2</source>
        <translation>Signataire&#xa0;: %1 · rôle&#xa0;: %2</translation>
    </message>
    <message>
        <source>Verifier: user id or badge</source>
        <translation>Vérificateur&#xa0;: identifiant ou badge</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Verifier: password</source>
        <translation>Vérificateur&#xa0;: mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Signing with your user id and password is the legally binding equivalent of your handwritten signature.</source>
        <translation>Signer avec votre identifiant et votre mot de passe équivaut juridiquement à votre signature manuscrite.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign: %1</source>
        <translation>Signer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SignatureLines</name>
    <message>
        <source>performed</source>
        <translation>réalisé</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revu</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>%1 — %2 UTC — %3</source>
        <translation>%1 — %2 UTC — %3</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>%1 — entered %2 UTC by %3</source>
        <translation>%1 — saisi le %2 UTC par %3</translation>
    </message>
    <message>
        <source>Signed: %1 — %2 UTC — %3</source>
        <translation>Signé : %1 — %2 UTC — %3</translation>
    </message>
    <message>
        <source>Work recorded. A second person must verify it and sign.</source>
        <translation>Travail enregistré. Une seconde personne doit le vérifier et signer.</translation>
    </message>
    <message>
        <source>Work recorded. Sign it as the person who performed it.</source>
        <translation>Travail enregistré. Signez-le en tant que personne qui l’a réalisé.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Container handed over. The person receiving it signs.</source>
        <translation>Contenant remis. La personne qui le reçoit signe.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
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
    <message>
        <source>Verify and sign</source>
        <translation>Vérifier et signer</translation>
    </message>
    <message>
        <source>Sign as performer</source>
        <translation>Signer comme réalisateur</translation>
    </message>
    <message>
        <source>Receiver signs</source>
        <translation>Le destinataire signe</translation>
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
    <message numerus="yes">
        <source>%n batch order</source>
        <translation>
            <numerusform>%n ordre de fabrication</numerusform>
            <numerusform>%n ordres de fabrication</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch orders</source>
        <translation>
            <numerusform>%n ordre de fabrication</numerusform>
            <numerusform>%n ordres de fabrication</numerusform>
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
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Security log</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Autre utilisateur</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>%1 · terminal %2</source>
        <translation>%1 · terminal %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Déviations</translation>
    </message>
</context>
<context>
    <name>UserAdminScreen</name>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Set temporary password</source>
        <translation>Définir un mot de passe temporaire</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>Modifier les rôles</translation>
    </message>
    <message>
        <source>Unlock account</source>
        <translation>Déverrouiller le compte</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to today&apos;s work</source>
        <translation>Retour au travail du jour</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Accounts: %1 · none is ever deleted</source>
        <translation>Comptes&#xa0;: %1 · aucun n’est jamais supprimé</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Tap a user to see the account and what you can change.</source>
        <translation>Touchez un utilisateur pour voir le compte et ce que vous pouvez modifier.</translation>
    </message>
    <message>
        <source>User id %1 · badge %2</source>
        <translation>Identifiant %1 · badge %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rôles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last change: %1, %2 UTC</source>
        <translation>Dernière modification&#xa0;: %1, %2 UTC</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Nom en clair</translation>
    </message>
    <message>
        <source>Badge (optional)</source>
        <translation>Badge (facultatif)</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Mot de passe initial</translation>
    </message>
    <message>
        <source>Temporary password (changed at the next sign-in)</source>
        <translation>Mot de passe temporaire (à changer à la prochaine connexion)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Reason (recorded in the audit trail)</source>
        <translation>Motif (enregistré dans la piste d’audit)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>UserStatusLabel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Account status: %1</source>
        <translation>État du compte&#xa0;: %1</translation>
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
    <name>ck::DeviationController</name>
    <message>
        <source>alert %1</source>
        <translation>alerte %1</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>action %1</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acquitté</translation>
    </message>
    <message>
        <source>Batch %1, order %2, CoI %3, suite %4</source>
        <translation>Lot %1, ordre %2, CoI %3, salle %4</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 (%4)</source>
        <translation>Étape %1 sur %2&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <source>Limits: %1</source>
        <translation>Limites&#xa0;: %1</translation>
    </message>
    <message>
        <source>Step active since %1</source>
        <translation>Étape active depuis %1</translation>
    </message>
    <message>
        <source>Entry at “%1”: %2 (%3) at %4 by %5</source>
        <translation>Saisie à «&#xa0;%1&#xa0;»&#xa0;: %2 (%3) à %4 par %5</translation>
    </message>
    <message>
        <source>limits %1</source>
        <translation>limites %1</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>Containers: %1</source>
        <translation>Contenants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Noticed at %1</source>
        <translation>Constaté à %1</translation>
    </message>
    <message>
        <source>No batch is open.</source>
        <translation>Aucun lot n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>in spec</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>alerte</translation>
    </message>
    <message>
        <source>out of specification</source>
        <translation>hors spécification (OOS)</translation>
    </message>
    <message>
        <source>identity mismatch</source>
        <translation>identité non concordante</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>enregistré</translation>
    </message>
</context>
<context>
    <name>ck::DeviationQueueModel</name>
    <message>
        <source>no workstation is open</source>
        <translation>aucun poste n&apos;est ouvert</translation>
    </message>
</context>
<context>
    <name>ck::ExceptionPathController</name>
    <message>
        <source>No batch is open.</source>
        <translation>Aucun lot n’est ouvert.</translation>
    </message>
    <message>
        <source>No stage is in progress.</source>
        <translation>Aucune étape n’est en cours.</translation>
    </message>
    <message>
        <source>%1 is a number in %2.</source>
        <translation>%1 est un nombre en %2.</translation>
    </message>
</context>
<context>
    <name>ck::ScanController</name>
    <message>
        <source>No batch is open.</source>
        <translation>Aucun lot n’est ouvert.</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>Rien n’a été scanné.</translation>
    </message>
    <message>
        <source>There is no typed identity to approve.</source>
        <translation>Il n’y a pas d’identité saisie à approuver.</translation>
    </message>
</context>
<context>
    <name>ck::SecurityLogModel</name>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Compte verrouillé</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Compte déverrouillé</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Session verrouillée</translation>
    </message>
    <message>
        <source>Session unlocked</source>
        <translation>Session déverrouillée</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Utilisateur ajouté</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Mot de passe défini</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Rôles modifiés</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>Utilisateur désactivé</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Paramètre modifié</translation>
    </message>
    <message>
        <source>This terminal has no data store.</source>
        <translation>Ce terminal n’a pas de base de données.</translation>
    </message>
</context>
<context>
    <name>ck::SessionController</name>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>AQ</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>At least %1 characters, without your user id, and none of your last %2 passwords.</source>
        <translation>Au moins %1 caractères, sans votre identifiant, et aucun de vos %2 derniers mots de passe.</translation>
    </message>
    <message>
        <source>Enter your user id or badge, and your password.</source>
        <translation>Saisissez votre identifiant ou badge, et votre mot de passe.</translation>
    </message>
    <message>
        <source>Sign-in refused: unknown user or badge, wrong password, or the account is locked or deactivated. A supervisor or an administrator unlocks a locked account.</source>
        <translation>Connexion refusée&#xa0;: utilisateur ou badge inconnu, mot de passe erroné, ou compte verrouillé ou désactivé. Un superviseur ou un administrateur déverrouille un compte verrouillé.</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account of %1 is locked and the session has ended. A supervisor or an administrator unlocks the account.</source>
        <translation>Trop d’échecs&#xa0;: le compte de %1 est verrouillé et la session est terminée. Un superviseur ou un administrateur déverrouille le compte.</translation>
    </message>
    <message>
        <source>Wrong password. Only %1 can unlock this session; anyone else signs in as someone else.</source>
        <translation>Mot de passe erroné. Seul(e) %1 peut déverrouiller cette session&#xa0;; toute autre personne se connecte sous son propre nom.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent. Saisissez deux fois le même mot de passe.</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Non créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The administrator was created, but signing in failed: %1</source>
        <translation>L’administrateur a été créé, mais la connexion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The new password and its confirmation differ.</source>
        <translation>Le nouveau mot de passe et sa confirmation diffèrent.</translation>
    </message>
    <message>
        <source>Password not changed: %1</source>
        <translation>Mot de passe non modifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ck::SettingsController</name>
    <message>
        <source>The settings could not be saved in %1.</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Unknown theme: %1</source>
        <translation>Thème inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown language: %1</source>
        <translation>Langue inconnue&#xa0;: %1</translation>
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
<context>
    <name>ck::UserAdminController</name>
    <message>
        <source>This terminal has no data store.</source>
        <translation>Ce terminal n’a pas de base de données.</translation>
    </message>
    <message>
        <source>%1 added. The password must be changed at the first sign-in.</source>
        <translation>%1 ajouté. Le mot de passe doit être changé à la première connexion.</translation>
    </message>
    <message>
        <source>%1 deactivated.</source>
        <translation>%1 désactivé.</translation>
    </message>
    <message>
        <source>Temporary password set for %1; it must be changed at the next sign-in.</source>
        <translation>Mot de passe temporaire défini pour %1&#xa0;; il doit être changé à la prochaine connexion.</translation>
    </message>
    <message>
        <source>%1 unlocked.</source>
        <translation>%1 déverrouillé.</translation>
    </message>
    <message>
        <source>Roles of %1 changed.</source>
        <translation>Rôles de %1 modifiés.</translation>
    </message>
</context>
</TS>
