<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>Out of specification</source>
        <translation>Fuera de especificación (OOS)</translation>
    </message>
    <message>
        <source>Time window missed</source>
        <translation>Ventana de tiempo incumplida</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Excepción %1</translation>
    </message>
    <message>
        <source>%1 at “%2”</source>
        <translation>%1 en «%2»</translation>
    </message>
    <message>
        <source>Repeat: this entry does not count, enter the step again. Continue: accept the entry and go on.</source>
        <translation>Repetir: este registro no cuenta, volver a registrar el paso. Continuar: aceptar el registro y seguir.</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motivo (obligatorio)</translation>
    </message>
    <message>
        <source>Repeat step</source>
        <translation>Repetir paso</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
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
    <message>
        <source>%1 · %2 steps · batch %3</source>
        <translation>%1 · %2 pasos · lote %3</translation>
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
    <name>Main</name>
    <message>
        <source>Chainkeeper — DEMO SITE — NOT FOR GMP USE — terminal %1</source>
        <translation>Chainkeeper — SITIO DE DEMOSTRACIÓN — NO APTO PARA USO GMP — terminal %1</translation>
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
        <source>1 batch order</source>
        <translation>1 orden de fabricación</translation>
    </message>
    <message>
        <source>%1 batch orders</source>
        <translation>%1 órdenes de fabricación</translation>
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
        <translation>DEMO — NO APTO PARA GMP</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
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
</TS>
