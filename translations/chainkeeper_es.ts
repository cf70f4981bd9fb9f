<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AppShell</name>
    <message>
        <source>DEMO SITE — NOT FOR GMP USE</source>
        <translation>SITIO DE DEMOSTRACIÓN — NO APTO PARA USO GMP</translation>
    </message>
</context>
<context>
    <name>ChainOfIdentityBanner</name>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Chain of identity %1, patient initials %2</source>
        <translation>Cadena de identidad %1, iniciales del paciente %2</translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation>Cadena de identidad</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
</context>
<context>
    <name>ChangePasswordScreen</name>
    <message>
        <source>Change your password</source>
        <translation>Cambie su contraseña</translation>
    </message>
    <message>
        <source>%1: your password was set by an administrator or has expired. Choose a new one before you go on.</source>
        <translation>%1: un administrador ha fijado su contraseña o esta ha caducado. Elija una nueva antes de continuar.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
</context>
<context>
    <name>ChoiceEntry</name>
    <message>
        <source>Choice</source>
        <translation>Selección</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Elapsed %1</source>
        <translation>Transcurrido %1</translation>
    </message>
    <message>
        <source>Minimum reached</source>
        <translation>Mínimo alcanzado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <source>Too early to stop</source>
        <translation>Demasiado pronto para detener</translation>
    </message>
    <message>
        <source>In window</source>
        <translation>Dentro de la ventana</translation>
    </message>
    <message>
        <source>Over maximum</source>
        <translation>Máximo superado</translation>
    </message>
    <message>
        <source>Window ends %1 local · %2 UTC</source>
        <translation>Fin de ventana %1 hora local · %2 UTC</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>Superado en</translation>
    </message>
    <message>
        <source>Minimum in</source>
        <translation>Mínimo en</translation>
    </message>
</context>
<context>
    <name>DeviationCard</name>
    <message>
        <source>Submitted</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Deviation %1 (%2, %3) at “%4”, batch %5</source>
        <translation>Desviación %1 (%2, %3) en «%4», lote %5</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Descripción: %1</translation>
    </message>
    <message>
        <source>Immediate action: %1</source>
        <translation>Acción inmediata: %1</translation>
    </message>
    <message>
        <source>Decision: %1 · %2</source>
        <translation>Decisión: %1 · %2</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comentario: %1</translation>
    </message>
    <message>
        <source>Closing comment: %1</source>
        <translation>Comentario de cierre: %1</translation>
    </message>
    <message>
        <source>Deviation %1 · %2 %3</source>
        <translation>Desviación %1 · %2 %3</translation>
    </message>
    <message>
        <source>%1 at “%2”</source>
        <translation>%1 en «%2»</translation>
    </message>
    <message>
        <source>the batch</source>
        <translation>el lote</translation>
    </message>
    <message>
        <source>Order %1 · CoI %2 · patient %3 · %4</source>
        <translation>Orden %1 · CoI %2 · paciente %3 · %4</translation>
    </message>
    <message>
        <source>Raised by %1 at %2</source>
        <translation>Notificada por %1 a las %2</translation>
    </message>
    <message>
        <source>submitted by %1</source>
        <translation>presentada por %1</translation>
    </message>
    <message>
        <source>decided by %1: %2</source>
        <translation>decidida por %1: %2</translation>
    </message>
    <message>
        <source>Entries of the step</source>
        <translation>Registros del paso</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>sustituido</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Immediate action taken</source>
        <translation>Acción inmediata tomada</translation>
    </message>
    <message>
        <source>Batch set aside, supervisor informed</source>
        <translation>Lote apartado, supervisor informado</translation>
    </message>
    <message>
        <source>Measured again</source>
        <translation>Medido de nuevo</translation>
    </message>
    <message>
        <source>Container labelled and quarantined</source>
        <translation>Envase etiquetado y en cuarentena</translation>
    </message>
    <message>
        <source>Submit and sign</source>
        <translation>Presentar y firmar</translation>
    </message>
    <message>
        <source>The operator completes and submits this deviation.</source>
        <translation>El operador completa y presenta esta desviación.</translation>
    </message>
    <message>
        <source>A supervisor decides how the batch goes on: tap “Switch user” and let them sign in here.</source>
        <translation>Un supervisor decide cómo sigue el lote: toque «Cambiar de usuario» y deje que inicie sesión aquí.</translation>
    </message>
    <message>
        <source>Not submitted yet: the operator completes and signs it first.</source>
        <translation>Aún no presentada: primero el operador la completa y la firma.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>What the batch does:</source>
        <translation>Qué hace el lote:</translation>
    </message>
    <message>
        <source>Closing comment (required)</source>
        <translation>Comentario de cierre (obligatorio)</translation>
    </message>
    <message>
        <source>Comment (required)</source>
        <translation>Comentario (obligatorio)</translation>
    </message>
    <message>
        <source>Send back to the operator</source>
        <translation>Devolver al operador</translation>
    </message>
    <message>
        <source>Choose a decision</source>
        <translation>Elija una decisión</translation>
    </message>
    <message>
        <source>Sign: %1</source>
        <translation>Firmar: %1</translation>
    </message>
    <message>
        <source>Close and sign</source>
        <translation>Cerrar y firmar</translation>
    </message>
</context>
<context>
    <name>DeviationDeskScreen</name>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Back to today&apos;s work</source>
        <translation>Volver al trabajo de hoy</translation>
    </message>
    <message>
        <source>Deviation desk</source>
        <translation>Mesa de desviaciones</translation>
    </message>
    <message>
        <source>%1 waiting for a decision · %2 open in all · most severe, then oldest first</source>
        <translation>%1 esperan una decisión · %2 abiertas en total · las más graves y luego las más antiguas primero</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>No deviation waits on this terminal.</source>
        <translation>Ninguna desviación espera en este terminal.</translation>
    </message>
    <message>
        <source>Open the batch</source>
        <translation>Abrir el lote</translation>
    </message>
    <message>
        <source>Review by exception</source>
        <translation>Revisión por excepción</translation>
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
        <translation>Terminal %1 marcado por el servidor central: %2</translation>
    </message>
    <message>
        <source>Terminal %1 has never synced</source>
        <translation>El terminal %1 nunca se ha sincronizado</translation>
    </message>
    <message>
        <source>Terminal %1 offline for %2 · last push %3 UTC</source>
        <translation>Terminal %1 sin conexión desde hace %2 · último envío %3 UTC</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <source>Attachment: %1 (SHA-256 %2)</source>
        <translation>Adjunto: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Deviation %1 (%2, %3)</source>
        <translation>Desviación %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Immediate action: %1</source>
        <translation>Acción inmediata: %1</translation>
    </message>
    <message>
        <source>Raise a deviation</source>
        <translation>Notificar una desviación</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>What happened (filled in from the record; add what you saw)</source>
        <translation>Qué ocurrió (rellenado a partir del registro; añada lo que vio)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Immediate action taken</source>
        <translation>Acción inmediata tomada</translation>
    </message>
    <message>
        <source>Batch set aside, supervisor informed</source>
        <translation>Lote apartado, supervisor informado</translation>
    </message>
    <message>
        <source>Measured again</source>
        <translation>Medido de nuevo</translation>
    </message>
    <message>
        <source>Container labelled and quarantined</source>
        <translation>Envase etiquetado y en cuarentena</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>Ninguna necesaria</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Envases</translation>
    </message>
    <message>
        <source>Attach a file (optional)</source>
        <translation>Adjuntar un archivo (opcional)</translation>
    </message>
    <message>
        <source>Change the file</source>
        <translation>Cambiar el archivo</translation>
    </message>
    <message>
        <source>%1 · SHA-256 %2…</source>
        <translation>%1 · SHA-256 %2…</translation>
    </message>
    <message>
        <source>No file in %1</source>
        <translation>Ningún archivo en %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sign later</source>
        <translation>Firmar más tarde</translation>
    </message>
    <message>
        <source>Submit and sign</source>
        <translation>Presentar y firmar</translation>
    </message>
</context>
<context>
    <name>DeviationText</name>
    <message>
        <source>Out of specification</source>
        <translation>Fuera de especificación (OOS)</translation>
    </message>
    <message>
        <source>Identity mismatch</source>
        <translation>Identidad no coincidente</translation>
    </message>
    <message>
        <source>Time window missed</source>
        <translation>Ventana de tiempo perdida</translation>
    </message>
    <message>
        <source>Timer outside its limits</source>
        <translation>Temporizador fuera de límites</translation>
    </message>
    <message>
        <source>Identity typed by hand</source>
        <translation>Identidad tecleada a mano</translation>
    </message>
    <message>
        <source>Material or equipment not released</source>
        <translation>Material o equipo no liberado</translation>
    </message>
    <message>
        <source>Late specimen</source>
        <translation>Muestra tardía</translation>
    </message>
    <message>
        <source>Incomplete record</source>
        <translation>Registro incompleto</translation>
    </message>
    <message>
        <source>Conflicting records</source>
        <translation>Registros en conflicto</translation>
    </message>
    <message>
        <source>Raised by hand</source>
        <translation>Notificada a mano</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Open: to be completed and submitted</source>
        <translation>Abierta: por completar y presentar</translation>
    </message>
    <message>
        <source>Submitted: waiting for a decision</source>
        <translation>Presentada: espera una decisión</translation>
    </message>
    <message>
        <source>More information asked</source>
        <translation>Se pidió más información</translation>
    </message>
    <message>
        <source>Approved: to be closed</source>
        <translation>Aprobada: por cerrar</translation>
    </message>
    <message>
        <source>Rejected: to be closed</source>
        <translation>Rechazada: por cerrar</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>The batch goes on, flagged</source>
        <translation>El lote sigue, marcado</translation>
    </message>
    <message>
        <source>The step waits for the decision</source>
        <translation>El paso espera la decisión</translation>
    </message>
    <message>
        <source>The batch is on hold until the decision</source>
        <translation>El lote está suspendido hasta la decisión</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Keep record %1</source>
        <translation>Conservar el registro %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Repeat step</source>
        <translation>Repetir el paso</translation>
    </message>
    <message>
        <source>Hold the batch</source>
        <translation>Suspender el lote</translation>
    </message>
    <message>
        <source>Abort the batch</source>
        <translation>Cancelar el lote</translation>
    </message>
    <message>
        <source>No change to the batch</source>
        <translation>Sin cambios en el lote</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Notificada</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Desviación</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Anulación manual</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Alert-level value</source>
        <translation>Valor en nivel de alerta</translation>
    </message>
    <message>
        <source>Late or missed window</source>
        <translation>Ventana tardía o perdida</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Continuing under deviation</source>
        <translation>Continúa bajo desviación</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Segregated</source>
        <translation>Segregado</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Entries of this step</source>
        <translation>Registros de este paso</translation>
    </message>
    <message>
        <source>%1 UTC · %2</source>
        <translation>%1 UTC · %2</translation>
    </message>
    <message>
        <source>Not counted — reason: %1</source>
        <translation>No se contabiliza — motivo: %1</translation>
    </message>
</context>
<context>
    <name>ExceptionPanel</name>
    <message>
        <source>Batch disposition: %1</source>
        <translation>Disposición del lote: %1</translation>
    </message>
</context>
<context>
    <name>ExceptionPathsPanel</name>
    <message>
        <source>Discard</source>
        <translation>Desechar</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Cuarentena</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Segregate</source>
        <translation>Segregar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Batch %1, order %2, CoI %3</source>
        <translation>Lote %1, orden %2, CoI %3</translation>
    </message>
    <message>
        <source>Move the batch from %1 to %2</source>
        <translation>Trasladar el lote de %1 a %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Terminate the whole run</source>
        <translation>Terminar toda la producción</translation>
    </message>
    <message>
        <source>Terminate the stage %1</source>
        <translation>Terminar la fase %1</translation>
    </message>
    <message>
        <source>Repeat the step %1 (its work so far no longer counts)</source>
        <translation>Repetir el paso %1 (el trabajo hecho hasta ahora deja de contar)</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Justificación: %1</translation>
    </message>
    <message>
        <source>Move to another suite</source>
        <translation>Trasladar a otra sala</translation>
    </message>
    <message>
        <source>Terminate the run or the stage</source>
        <translation>Terminar la producción o la fase</translation>
    </message>
    <message>
        <source>Repeat this step</source>
        <translation>Repetir este paso</translation>
    </message>
    <message>
        <source>Incomplete record</source>
        <translation>Registro incompleto</translation>
    </message>
    <message>
        <source>Exception paths</source>
        <translation>Vías de excepción</translation>
    </message>
    <message>
        <source>Batch %1 · order %2 · %3</source>
        <translation>Lote %1 · orden %2 · %3</translation>
    </message>
    <message>
        <source>Terminate run or stage</source>
        <translation>Terminar producción o fase</translation>
    </message>
    <message>
        <source>Moving, terminating and repeating need a supervisor&apos;s signature.</source>
        <translation>Trasladar, terminar y repetir requieren la firma de un supervisor.</translation>
    </message>
    <message>
        <source>Target suite</source>
        <translation>Sala de destino</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Room not available</source>
        <translation>Sala no disponible</translation>
    </message>
    <message>
        <source>Equipment not available</source>
        <translation>Equipo no disponible</translation>
    </message>
    <message>
        <source>Environmental monitoring out of limits</source>
        <translation>Monitorización ambiental fuera de límites</translation>
    </message>
    <message>
        <source>The whole batch</source>
        <translation>Todo el lote</translation>
    </message>
    <message>
        <source>This stage: %1</source>
        <translation>Esta fase: %1</translation>
    </message>
    <message>
        <source>Equipment failure</source>
        <translation>Fallo del equipo</translation>
    </message>
    <message>
        <source>Contamination suspected</source>
        <translation>Sospecha de contaminación</translation>
    </message>
    <message>
        <source>Cells out of specification</source>
        <translation>Células fuera de especificación</translation>
    </message>
    <message>
        <source>What happens to each container the batch holds</source>
        <translation>Qué ocurre con cada envase del lote</translation>
    </message>
    <message>
        <source>The batch holds no registered container.</source>
        <translation>El lote no tiene ningún envase registrado.</translation>
    </message>
    <message>
        <source>The work recorded at “%1” will no longer count and the step is done again. The entries stay in the record, marked as superseded.</source>
        <translation>El trabajo registrado en «%1» deja de contar y el paso se repite. Las entradas quedan en el registro, marcadas como sustituidas.</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Sample taken wrongly</source>
        <translation>Muestra mal tomada</translation>
    </message>
    <message>
        <source>Instrument error, measured again</source>
        <translation>Error del instrumento, medido de nuevo</translation>
    </message>
    <message>
        <source>Wrong value entered</source>
        <translation>Valor introducido erróneo</translation>
    </message>
    <message>
        <source>The order has all the data this step needs.</source>
        <translation>La orden tiene todos los datos que necesita este paso.</translation>
    </message>
    <message>
        <source>The order lacks: %1</source>
        <translation>A la orden le falta: %1</translation>
    </message>
    <message>
        <source>Incomplete-record deviation raised</source>
        <translation>Desviación de registro incompleto registrada</translation>
    </message>
    <message>
        <source>Raise incomplete-record deviation</source>
        <translation>Registrar desviación de registro incompleto</translation>
    </message>
    <message>
        <source>Complete the order (supervisor)</source>
        <translation>Completar la orden (supervisor)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Reason for completing it later</source>
        <translation>Motivo para completarla más tarde</translation>
    </message>
    <message>
        <source>Complete the order</source>
        <translation>Completar la orden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Other paths</source>
        <translation>Otras vías</translation>
    </message>
    <message>
        <source>Supervisor signs</source>
        <translation>Firma el supervisor</translation>
    </message>
    <message>
        <source>Approved (supervisor)</source>
        <translation>Aprobado (supervisor)</translation>
    </message>
    <message>
        <source>Either raise the incomplete-record deviation for a supervisor&apos;s approval, or a supervisor completes the order with a reason.</source>
        <translation>O bien registrar la desviación de registro incompleto para que la apruebe un supervisor, o bien un supervisor completa la orden con un motivo.</translation>
    </message>
</context>
<context>
    <name>ExecutionScreen</name>
    <message>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation>Cadena de identidad</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Batch order</source>
        <translation>Orden de fabricación</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step done</source>
        <translation>
            <numerusform>%1 de %n paso hecho</numerusform>
            <numerusform>%1 de %n pasos hechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps done</source>
        <translation>
            <numerusform>%1 de %n paso hecho</numerusform>
            <numerusform>%1 de %n pasos hechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n step · batch %2</source>
        <translation>
            <numerusform>%1 · %n paso · lote %2</numerusform>
            <numerusform>%1 · %n pasos · lote %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n steps · batch %2</source>
        <translation>
            <numerusform>%1 · %n paso · lote %2</numerusform>
            <numerusform>%1 · %n pasos · lote %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Raise deviation</source>
        <translation>Notificar desviación</translation>
    </message>
    <message>
        <source>Review by exception</source>
        <translation>Revisión por excepción</translation>
    </message>
    <message>
        <source>Exception paths</source>
        <translation>Vías de excepción</translation>
    </message>
    <message>
        <source>Incomplete record: the order lacks %1</source>
        <translation>Registro incompleto: a la orden le falta %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Container dispositions</source>
        <translation>Destino de los envases</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Set up this terminal: the first administrator</source>
        <translation>Configurar este terminal: el primer administrador</translation>
    </message>
    <message>
        <source>No users yet. This administrator adds the others, but does not execute or approve batches.</source>
        <translation>Aún no hay usuarios. Este administrador da de alta a los demás, pero no ejecuta ni aprueba lotes.</translation>
    </message>
    <message>
        <source>User id (lower case, e.g. j.smith)</source>
        <translation>Id. de usuario (minúsculas, p. ej. j.smith)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Printed name (shown with every signature)</source>
        <translation>Nombre completo (aparece con cada firma)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Badge (optional: scan it)</source>
        <translation>Tarjeta (opcional: escanéela)</translation>
    </message>
    <message>
        <source>Create administrator and sign in</source>
        <translation>Crear administrador e iniciar sesión</translation>
    </message>
</context>
<context>
    <name>FlagLabel</name>
    <message>
        <source>In spec</source>
        <translation>Dentro de especificación</translation>
    </message>
    <message>
        <source>Alert: outside the normal range</source>
        <translation>Alerta: fuera del rango normal</translation>
    </message>
    <message>
        <source>Out of specification</source>
        <translation>Fuera de especificación</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
</context>
<context>
    <name>IdentityStop</name>
    <message>
        <source>STOP — IDENTITY MISMATCH</source>
        <translation>ALTO — LA IDENTIDAD NO COINCIDE</translation>
    </message>
    <message>
        <source>Do not use this container. Put it aside, labelled, and call a supervisor.</source>
        <translation>No use este contenedor. Apártelo, etiquetado, y llame a un supervisor.</translation>
    </message>
    <message>
        <source>A supervisor decides: tap “Switch user” and let them sign in here.</source>
        <translation>Decide un supervisor: pulse «Cambiar usuario» y deje que inicie sesión aquí.</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Cambiar usuario</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motivo (obligatorio)</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Escanear de nuevo</translation>
    </message>
    <message>
        <source>Abort the batch</source>
        <translation>Abortar el lote</translation>
    </message>
    <message>
        <source>Deviation %1: identity mismatch at “%2”</source>
        <translation>Desviación %1: identidad no coincidente en «%2»</translation>
    </message>
    <message>
        <source>Immediate action: %1</source>
        <translation>Acción inmediata: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comentario: %1</translation>
    </message>
    <message>
        <source>Deviation %1 · %2 · %3</source>
        <translation>Desviación %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Immediate action taken</source>
        <translation>Acción inmediata tomada</translation>
    </message>
    <message>
        <source>Bag set aside, labelled</source>
        <translation>Bolsa apartada, etiquetada</translation>
    </message>
    <message>
        <source>Submit and sign</source>
        <translation>Presentar y firmar</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Then a supervisor decides: tap “Switch user” and let them sign in here.</source>
        <translation>Después decide un supervisor: toque «Cambiar de usuario» y deje que inicie sesión aquí.</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>firmar</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Discard the value you typed?</source>
        <translation>¿Descartar el valor introducido?</translation>
    </message>
    <message>
        <source>“%1” is not recorded yet. Everything recorded before is kept.</source>
        <translation>«%1» aún no está registrado. Todo lo registrado antes se conserva.</translation>
    </message>
    <message>
        <source>It is not recorded yet. Everything recorded before is kept.</source>
        <translation>Aún no está registrado. Todo lo registrado antes se conserva.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard the typed value and leave</source>
        <translation>Descartar el valor introducido y salir</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Keep the typed value and stay</source>
        <translation>Conservar el valor introducido y quedarse</translation>
    </message>
</context>
<context>
    <name>LimitScale</name>
    <message>
        <source>action limits %1 to %2</source>
        <translation>límites de acción %1 a %2</translation>
    </message>
    <message>
        <source>alert limits %1 to %2</source>
        <translation>límites de alerta %1 a %2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objetivo %1</translation>
    </message>
    <message>
        <source>entered %1</source>
        <translation>introducido %1</translation>
    </message>
    <message>
        <source>Limit scale</source>
        <translation>Escala de límites</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Terminal locked</source>
        <translation>Terminal bloqueado</translation>
    </message>
    <message>
        <source>Locked for %1 at %2 UTC, after %3 min without use.</source>
        <translation>Bloqueado para %1 a las %2 UTC, tras %3 min sin uso.</translation>
    </message>
    <message>
        <source>The open screen is kept as it was. %1 unlocks it with their password.</source>
        <translation>La pantalla abierta se conserva tal cual. %1 la desbloquea con su contraseña.</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Iniciar sesión como otra persona</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Chainkeeper — DEMO SITE — NOT FOR GMP USE — terminal %1</source>
        <translation>Chainkeeper — SITIO DE DEMOSTRACIÓN — NO APTO PARA USO GMP — terminal %1</translation>
    </message>
    <message>
        <source>Chainkeeper — terminal %1</source>
        <translation>Chainkeeper — terminal %1</translation>
    </message>
    <message>
        <source>The on-screen keyboard could not be loaded (is Qt Virtual Keyboard installed?).</source>
        <translation>No se pudo cargar el teclado en pantalla (¿está instalado Qt Virtual Keyboard?).</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Numeric keypad</source>
        <translation>Teclado numérico</translation>
    </message>
    <message>
        <source>Delete last character</source>
        <translation>Borrar el último carácter</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Change sign</source>
        <translation>Cambiar signo</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Separador decimal</translation>
    </message>
</context>
<context>
    <name>ProgressRail</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Pendiente de firma</translation>
    </message>
    <message>
        <source>Blocked: exception open</source>
        <translation>Bloqueado: excepción abierta</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Progress of the batch</source>
        <translation>Avance del lote</translation>
    </message>
    <message>
        <source>Hide the step titles</source>
        <translation>Ocultar los títulos de los pasos</translation>
    </message>
    <message>
        <source>Show the step titles</source>
        <translation>Mostrar los títulos de los pasos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Stage %1, %2 of %3 settled</source>
        <translation>Fase %1, %2 de %3 resueltos</translation>
    </message>
    <message>
        <source>folded</source>
        <translation>plegada</translation>
    </message>
    <message>
        <source>open</source>
        <translation>desplegada</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Paso %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Review by exception</source>
        <translation>Revisión por excepción</translation>
    </message>
    <message>
        <source>Batch %1 · %2 items off the nominal path</source>
        <translation>Lote %1 · %2 elementos fuera del recorrido nominal</translation>
    </message>
    <message>
        <source>Nothing departs from the nominal path.</source>
        <translation>Nada se aparta del recorrido nominal.</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>evento %1</translation>
    </message>
</context>
<context>
    <name>ScanEntry</name>
    <message>
        <source>Scan %1 on the %2.</source>
        <translation>Escanee %1 en %2.</translation>
    </message>
    <message>
        <source>Scan %1.</source>
        <translation>Escanee %1.</translation>
    </message>
    <message>
        <source>Waiting for the scanner…</source>
        <translation>Esperando el escáner…</translation>
    </message>
    <message>
        <source>Scan field</source>
        <translation>Campo de escaneo</translation>
    </message>
    <message>
        <source>Use the scanner. Identity typed by hand is refused unless a supervisor approves it.</source>
        <translation>Use el escáner. Una identidad tecleada a mano se rechaza salvo que un supervisor la apruebe.</translation>
    </message>
    <message>
        <source>Typed by hand: %1</source>
        <translation>Tecleado a mano: %1</translation>
    </message>
    <message>
        <source>Why the label cannot be scanned (required)</source>
        <translation>Por qué no se puede escanear la etiqueta (obligatorio)</translation>
    </message>
    <message>
        <source>Scan instead</source>
        <translation>Escanear en su lugar</translation>
    </message>
    <message>
        <source>Supervisor approves</source>
        <translation>El supervisor aprueba</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Identity typed by hand instead of scanned: %1
Reason: %2</source>
        <translation>Identidad tecleada a mano en lugar de escaneada: %1
Motivo: %2</translation>
    </message>
</context>
<context>
    <name>SecurityLogScreen</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to today&apos;s work</source>
        <translation>Volver al trabajo de hoy</translation>
    </message>
    <message>
        <source>Security log</source>
        <translation>Registro de seguridad</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Inicios de sesión</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Denegaciones</translation>
    </message>
    <message>
        <source>Account changes</source>
        <translation>Cambios de cuentas</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Mostrar: %1</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>%1 %2 by %3: %4 %5</source>
        <translation>%1 %2 por %3: %4 %5</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first</source>
        <translation>
            <numerusform>%n entrada, la más reciente primero</numerusform>
            <numerusform>%n entradas, las más recientes primero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry, newest first</source>
        <translation>
            <numerusform>%n entrada, la más reciente primero</numerusform>
            <numerusform>%n entradas, las más recientes primero</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Back to today&apos;s work</source>
        <translation>Volver al trabajo de hoy</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>Este terminal</translation>
    </message>
    <message>
        <source>Terminal id (fixed when the data store was created)</source>
        <translation>Id. del terminal (fijado al crear el almacén de datos)</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Directorio de datos</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>Nombre del terminal</translation>
    </message>
    <message>
        <source>for example: Suite A, bench 2</source>
        <translation>por ejemplo: sala A, puesto 2</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>for example: Suite A</source>
        <translation>por ejemplo: sala A</translation>
    </message>
    <message>
        <source>Save name and suite</source>
        <translation>Guardar nombre y sala</translation>
    </message>
    <message>
        <source>Shown in the top bar of this terminal only. Not part of any batch record.</source>
        <translation>Solo se muestra en la barra superior de este terminal. No forma parte de ningún registro de lote.</translation>
    </message>
    <message>
        <source>Only an administrator changes the name and suite.</source>
        <translation>Solo un administrador cambia el nombre y la sala.</translation>
    </message>
    <message>
        <source>Bar code scanner</source>
        <translation>Lector de códigos de barras</translation>
    </message>
    <message>
        <source>Arrives with scanning: the scanner&apos;s prefix and suffix are set here then.</source>
        <translation>Llega con el escaneo: el prefijo y el sufijo del lector se ajustarán aquí entonces.</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Applies at once, on every screen.</source>
        <translation>Se aplica al instante, en todas las pantallas.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>This run uses the language given with --lang (%1). The choice here applies when the terminal starts without it.</source>
        <translation>Esta sesión usa el idioma indicado con --lang (%1). La elección de aquí se aplica cuando el terminal arranca sin esa opción.</translation>
    </message>
    <message>
        <source>%1 from the next start; %2 until then.</source>
        <translation>%1 desde el próximo arranque; %2 hasta entonces.</translation>
    </message>
    <message>
        <source>Applies at the next start.</source>
        <translation>Se aplica en el próximo arranque.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Scan your badge or type your user id, then enter your password.</source>
        <translation>Escanee su tarjeta o escriba su id. de usuario y después su contraseña.</translation>
    </message>
    <message>
        <source>User id or badge</source>
        <translation>Id. de usuario o tarjeta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Demo site: people and passwords</source>
        <translation>Sitio de demostración: personas y contraseñas</translation>
    </message>
    <message>
        <source>Tap a person to fill in the user id and password.</source>
        <translation>Toque a una persona para rellenar el id. de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>Fill in %1</source>
        <translation>Rellenar con %1</translation>
    </message>
    <message>
        <source>Demo people</source>
        <translation>Personas de demostración</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Teclado numérico</translation>
    </message>
    <message>
        <source>Keypad: typing the password</source>
        <translation>Teclado numérico: se escribe la contraseña</translation>
    </message>
    <message>
        <source>Keypad: typing the user id or badge</source>
        <translation>Teclado numérico: se escribe el usuario o la tarjeta</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Signature of the verifier</source>
        <translation>Firma del verificador</translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation>Firma electrónica</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Significado:</translation>
    </message>
    <message>
        <source>You sign:</source>
        <translation>Usted firma:</translation>
    </message>
    <message>
        <source>Signer: %1 · role: %2</source>
        <translation>Firmante: %1 · rol: %2</translation>
    </message>
    <message>
        <source>Verifier: user id or badge</source>
        <translation>Verificador: id. de usuario o tarjeta</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id. de usuario</translation>
    </message>
    <message>
        <source>Verifier: password</source>
        <translation>Verificador: contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Signing with your user id and password is the legally binding equivalent of your handwritten signature.</source>
        <translation>Firmar con su id. de usuario y su contraseña equivale legalmente a su firma manuscrita.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sign: %1</source>
        <translation>Firmar: %1</translation>
    </message>
</context>
<context>
    <name>SignatureLines</name>
    <message>
        <source>performed</source>
        <translation>realizado</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisado</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>%1 — %2 UTC — %3</source>
        <translation>%1 — %2 UTC — %3</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>%1 — entered %2 UTC by %3</source>
        <translation>%1 — registrado %2 UTC por %3</translation>
    </message>
    <message>
        <source>Signed: %1 — %2 UTC — %3</source>
        <translation>Firmado: %1 — %2 UTC — %3</translation>
    </message>
    <message>
        <source>Work recorded. A second person must verify it and sign.</source>
        <translation>Trabajo registrado. Una segunda persona debe verificarlo y firmar.</translation>
    </message>
    <message>
        <source>Work recorded. Sign it as the person who performed it.</source>
        <translation>Trabajo registrado. Fírmelo como la persona que lo realizó.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Container handed over. The person receiving it signs.</source>
        <translation>Contenedor entregado. Firma la persona que lo recibe.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
</context>
<context>
    <name>StatusPill</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Start batch</source>
        <translation>Iniciar lote</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar lectura</translation>
    </message>
    <message>
        <source>Record value</source>
        <translation>Registrar valor</translation>
    </message>
    <message>
        <source>Confirm calculation</source>
        <translation>Confirmar cálculo</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Detener temporizador</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Iniciar temporizador</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objetivo %1</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>alerta %1</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>acción %1</translation>
    </message>
    <message>
        <source>Time window starts when an earlier step is done</source>
        <translation>La ventana de tiempo empieza al terminar un paso anterior</translation>
    </message>
    <message>
        <source>Not yet: the window opens at %1 UTC</source>
        <translation>Todavía no: la ventana se abre a las %1 UTC</translation>
    </message>
    <message>
        <source>Time window: due by %1 UTC, latest %2 UTC</source>
        <translation>Ventana: antes de las %1 UTC, como máximo a las %2 UTC</translation>
    </message>
    <message>
        <source>Time window: due by %1 UTC</source>
        <translation>Ventana: antes de las %1 UTC</translation>
    </message>
    <message>
        <source>Overdue since %1 UTC; latest %2 UTC</source>
        <translation>Atrasado desde las %1 UTC; como máximo a las %2 UTC</translation>
    </message>
    <message>
        <source>Overdue since %1 UTC</source>
        <translation>Atrasado desde las %1 UTC</translation>
    </message>
    <message>
        <source>Window missed: it closed at %1 UTC</source>
        <translation>Ventana incumplida: se cerró a las %1 UTC</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · paso %2 de %3</translation>
    </message>
    <message>
        <source>entry %1 of %2</source>
        <translation>registro %1 de %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <source>Batch complete</source>
        <translation>Lote completado</translation>
    </message>
    <message>
        <source>Batch aborted</source>
        <translation>Lote cancelado</translation>
    </message>
    <message>
        <source>Check the order, the chain-of-identity id and the patient&apos;s initials against the bag, then start the batch.</source>
        <translation>Comprobar la orden, el ID de la cadena de identidad y las iniciales del paciente con la bolsa; después, iniciar el lote.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type here</source>
        <translation>Escribir aquí</translation>
    </message>
    <message>
        <source>Calculated value (not recorded until confirmed)</source>
        <translation>Valor calculado (no se registra hasta confirmarlo)</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Transcurrido</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Hold %1 to %2 min</source>
        <translation>Tiempo de espera: %1 a %2 min</translation>
    </message>
    <message>
        <source>Hold at most %1 min</source>
        <translation>Tiempo de espera: máx. %1 min</translation>
    </message>
    <message>
        <source>Hold at least %1 min</source>
        <translation>Tiempo de espera: mín. %1 min</translation>
    </message>
    <message>
        <source>Longer than the maximum hold</source>
        <translation>Tiempo de espera máximo superado</translation>
    </message>
    <message>
        <source>Minimum reached in %1</source>
        <translation>Mínimo alcanzado en %1</translation>
    </message>
    <message>
        <source>Limits: %1</source>
        <translation>Límites: %1</translation>
    </message>
    <message>
        <source>If recorded:</source>
        <translation>Si se registra:</translation>
    </message>
    <message>
        <source>Whole numbers only</source>
        <translation>Solo números enteros</translation>
    </message>
    <message>
        <source>At most %1 decimal place(s)</source>
        <translation>Máximo %1 decimal(es)</translation>
    </message>
    <message>
        <source>Last entry · %1</source>
        <translation>Último registro · %1</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>no se contabiliza</translation>
    </message>
    <message>
        <source>This step waits for a decision on the exception (right).</source>
        <translation>Este paso espera una decisión sobre la excepción (a la derecha).</translation>
    </message>
    <message>
        <source>The batch is on hold.</source>
        <translation>El lote está suspendido.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>No registrado: %1</translation>
    </message>
    <message>
        <source>Verify and sign</source>
        <translation>Verificar y firmar</translation>
    </message>
    <message>
        <source>Sign as performer</source>
        <translation>Firmar como ejecutor</translation>
    </message>
    <message>
        <source>Receiver signs</source>
        <translation>Firma quien recibe</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>No due time</source>
        <translation>Sin hora límite</translation>
    </message>
    <message>
        <source>Due %1 UTC</source>
        <translation>Vence a las %1 UTC</translation>
    </message>
    <message>
        <source>Due %1 %2 UTC</source>
        <translation>Vence %1, %2 UTC</translation>
    </message>
    <message>
        <source>Today&apos;s work</source>
        <translation>Trabajo de hoy</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>No batch orders for this terminal today.</source>
        <translation>Hoy no hay órdenes de fabricación para este terminal.</translation>
    </message>
    <message>
        <source>Patient %1 · %2</source>
        <translation>Paciente %1 · %2</translation>
    </message>
    <message>
        <source>%1 · step: %2</source>
        <translation>%1 · paso: %2</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ATRASADO</translation>
    </message>
    <message numerus="yes">
        <source>%n batch order</source>
        <translation>
            <numerusform>%n orden de fabricación</numerusform>
            <numerusform>%n órdenes de fabricación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch orders</source>
        <translation>
            <numerusform>%n orden de fabricación</numerusform>
            <numerusform>%n órdenes de fabricación</numerusform>
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
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Security log</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Cambiar usuario</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>%1 · terminal %2</source>
        <translation>%1 · terminal %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en espera</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Desviaciones</translation>
    </message>
</context>
<context>
    <name>UserAdminScreen</name>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>Set temporary password</source>
        <translation>Fijar contraseña temporal</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>Cambiar roles</translation>
    </message>
    <message>
        <source>Unlock account</source>
        <translation>Desbloquear cuenta</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Desactivar cuenta</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to today&apos;s work</source>
        <translation>Volver al trabajo de hoy</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Accounts: %1 · none is ever deleted</source>
        <translation>Cuentas: %1 · nunca se borra ninguna</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Tap a user to see the account and what you can change.</source>
        <translation>Toque un usuario para ver la cuenta y lo que puede cambiar.</translation>
    </message>
    <message>
        <source>User id %1 · badge %2</source>
        <translation>Id. de usuario %1 · tarjeta %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Roles: %1</translation>
    </message>
    <message>
        <source>Last change: %1, %2 UTC</source>
        <translation>Último cambio: %1, %2 UTC</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id. de usuario</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Badge (optional)</source>
        <translation>Tarjeta (opcional)</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Contraseña inicial</translation>
    </message>
    <message>
        <source>Temporary password (changed at the next sign-in)</source>
        <translation>Contraseña temporal (se cambia en el próximo inicio de sesión)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Reason (recorded in the audit trail)</source>
        <translation>Motivo (queda en la pista de auditoría)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>UserStatusLabel</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Account status: %1</source>
        <translation>Estado de la cuenta: %1</translation>
    </message>
</context>
<context>
    <name>ValueEntry</name>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Value entry</source>
        <translation>Entrada de valor</translation>
    </message>
</context>
<context>
    <name>ck::DeviationController</name>
    <message>
        <source>alert %1</source>
        <translation>alerta %1</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>acción %1</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>lectura confirmada</translation>
    </message>
    <message>
        <source>Batch %1, order %2, CoI %3, suite %4</source>
        <translation>Lote %1, orden %2, CoI %3, sala %4</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 (%4)</source>
        <translation>Paso %1 de %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Limits: %1</source>
        <translation>Límites: %1</translation>
    </message>
    <message>
        <source>Step active since %1</source>
        <translation>Paso activo desde %1</translation>
    </message>
    <message>
        <source>Entry at “%1”: %2 (%3) at %4 by %5</source>
        <translation>Registro en «%1»: %2 (%3) a las %4 por %5</translation>
    </message>
    <message>
        <source>limits %1</source>
        <translation>límites %1</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>sustituido</translation>
    </message>
    <message>
        <source>Containers: %1</source>
        <translation>Envases: %1</translation>
    </message>
    <message>
        <source>Noticed at %1</source>
        <translation>Detectado a las %1</translation>
    </message>
    <message>
        <source>No batch is open.</source>
        <translation>No hay ningún lote abierto.</translation>
    </message>
    <message>
        <source>in spec</source>
        <translation>dentro de especificación</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>alerta</translation>
    </message>
    <message>
        <source>out of specification</source>
        <translation>fuera de especificación (OOS)</translation>
    </message>
    <message>
        <source>identity mismatch</source>
        <translation>identidad no coincidente</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>registrado</translation>
    </message>
</context>
<context>
    <name>ck::DeviationQueueModel</name>
    <message>
        <source>no workstation is open</source>
        <translation>no hay ningún puesto abierto</translation>
    </message>
</context>
<context>
    <name>ck::ExceptionPathController</name>
    <message>
        <source>No batch is open.</source>
        <translation>No hay ningún lote abierto.</translation>
    </message>
    <message>
        <source>No stage is in progress.</source>
        <translation>No hay ninguna fase en curso.</translation>
    </message>
    <message>
        <source>%1 is a number in %2.</source>
        <translation>%1 es un número en %2.</translation>
    </message>
</context>
<context>
    <name>ck::ScanController</name>
    <message>
        <source>No batch is open.</source>
        <translation>No hay ningún lote abierto.</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>No se escaneó nada.</translation>
    </message>
    <message>
        <source>There is no typed identity to approve.</source>
        <translation>No hay ninguna identidad tecleada que aprobar.</translation>
    </message>
</context>
<context>
    <name>ck::SecurityLogModel</name>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Cuenta bloqueada</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Cuenta desbloqueada</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Sesión bloqueada</translation>
    </message>
    <message>
        <source>Session unlocked</source>
        <translation>Sesión desbloqueada</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Usuario añadido</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Contraseña fijada</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Roles cambiados</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>Usuario desactivado</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Ajuste cambiado</translation>
    </message>
    <message>
        <source>This terminal has no data store.</source>
        <translation>Este terminal no tiene almacén de datos.</translation>
    </message>
</context>
<context>
    <name>ck::SessionController</name>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>GC</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>At least %1 characters, without your user id, and none of your last %2 passwords.</source>
        <translation>Al menos %1 caracteres, sin su id. de usuario y distinta de sus %2 últimas contraseñas.</translation>
    </message>
    <message>
        <source>Enter your user id or badge, and your password.</source>
        <translation>Introduzca su id. de usuario o tarjeta y su contraseña.</translation>
    </message>
    <message>
        <source>Sign-in refused: unknown user or badge, wrong password, or the account is locked or deactivated. A supervisor or an administrator unlocks a locked account.</source>
        <translation>Inicio de sesión denegado: usuario o tarjeta desconocidos, contraseña incorrecta, o la cuenta está bloqueada o desactivada. Un supervisor o un administrador desbloquea una cuenta bloqueada.</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account of %1 is locked and the session has ended. A supervisor or an administrator unlocks the account.</source>
        <translation>Demasiados intentos fallidos: la cuenta de %1 está bloqueada y la sesión ha terminado. Un supervisor o un administrador desbloquea la cuenta.</translation>
    </message>
    <message>
        <source>Wrong password. Only %1 can unlock this session; anyone else signs in as someone else.</source>
        <translation>Contraseña incorrecta. Solo %1 puede desbloquear esta sesión; cualquier otra persona inicia sesión como otra persona.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden. Escriba la misma contraseña dos veces.</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>No creado: %1</translation>
    </message>
    <message>
        <source>The administrator was created, but signing in failed: %1</source>
        <translation>El administrador se ha creado, pero el inicio de sesión ha fallado: %1</translation>
    </message>
    <message>
        <source>The new password and its confirmation differ.</source>
        <translation>La contraseña nueva y su confirmación no coinciden.</translation>
    </message>
    <message>
        <source>Password not changed: %1</source>
        <translation>Contraseña no cambiada: %1</translation>
    </message>
</context>
<context>
    <name>ck::SettingsController</name>
    <message>
        <source>The settings could not be saved in %1.</source>
        <translation>No se pudieron guardar los ajustes en %1.</translation>
    </message>
    <message>
        <source>Unknown theme: %1</source>
        <translation>Tema desconocido: %1</translation>
    </message>
    <message>
        <source>Unknown language: %1</source>
        <translation>Idioma desconocido: %1</translation>
    </message>
</context>
<context>
    <name>ck::StepController</name>
    <message>
        <source>acknowledged</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>No batch is open.</source>
        <translation>No hay ningún lote abierto.</translation>
    </message>
    <message>
        <source>Batch %1 has no active step (it is %2).</source>
        <translation>El lote %1 no tiene ningún paso activo (estado: %2).</translation>
    </message>
</context>
<context>
    <name>ck::UserAdminController</name>
    <message>
        <source>This terminal has no data store.</source>
        <translation>Este terminal no tiene almacén de datos.</translation>
    </message>
    <message>
        <source>%1 added. The password must be changed at the first sign-in.</source>
        <translation>%1 añadido. La contraseña debe cambiarse en el primer inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 deactivated.</source>
        <translation>%1 desactivado.</translation>
    </message>
    <message>
        <source>Temporary password set for %1; it must be changed at the next sign-in.</source>
        <translation>Contraseña temporal fijada para %1; debe cambiarse en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 unlocked.</source>
        <translation>%1 desbloqueado.</translation>
    </message>
    <message>
        <source>Roles of %1 changed.</source>
        <translation>Roles de %1 cambiados.</translation>
    </message>
</context>
</TS>
