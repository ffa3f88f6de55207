-- The tables Quartz's persistent job store (AdoJobStore, Quartz 4.7) reads and writes on PostgreSQL, under the default
-- prefix QRTZ_ (unquoted, so PostgreSQL folds the names to lower case, which is how Quartz's statements name them too).
-- Run by QuartzPostgresSchema at start, inside one transaction that first takes a transaction-level advisory lock, so
-- two hosts starting together never race; every statement only creates what is missing, never alters or drops.
-- Times are .NET ticks (bigint); job data and calendars are the serializer's bytes (bytea).
-- Quartz's optional execution-history tables are left out: the bot does not turn that feature on.

-- A job: which class runs, and its stored data map.
CREATE TABLE IF NOT EXISTS qrtz_job_details (
    sched_name        text    NOT NULL,
    job_name          text    NOT NULL,
    job_group         text    NOT NULL,
    description       text,
    job_class_name    text    NOT NULL,
    is_durable        boolean NOT NULL,
    is_nonconcurrent  boolean NOT NULL,
    is_update_data    boolean NOT NULL,
    requests_recovery boolean NOT NULL,
    job_data          bytea,
    CONSTRAINT qrtz_job_details_pk PRIMARY KEY (sched_name, job_name, job_group)
);

-- A trigger of any kind; the kind-specific part lives in one of the tables after it.
CREATE TABLE IF NOT EXISTS qrtz_triggers (
    sched_name              text    NOT NULL,
    trigger_name            text    NOT NULL,
    trigger_group           text    NOT NULL,
    job_name                text    NOT NULL,
    job_group               text    NOT NULL,
    description             text,
    next_fire_time          bigint,
    prev_fire_time          bigint,
    priority                integer,
    trigger_state           text    NOT NULL,
    trigger_type            text    NOT NULL,
    start_time              bigint  NOT NULL,
    end_time                bigint,
    calendar_name           text,
    misfire_instr           smallint,
    misfire_orig_fire_time  bigint,
    misfire_threshold       bigint,
    execution_group         varchar(200),
    preferred_node          varchar(200),
    preferred_node_auto     boolean NOT NULL DEFAULT false,
    retry_policy            varchar(250),
    retry_attempt           integer,
    continues_trigger_name  text,
    continues_trigger_group text,
    continuation_condition  integer,
    overlap_policy          integer,
    pause_reason            varchar(250),
    paused_by               varchar(200),
    paused_at               bigint,
    fixed_delay             boolean,
    job_data                bytea,
    CONSTRAINT qrtz_triggers_pk PRIMARY KEY (sched_name, trigger_name, trigger_group),
    CONSTRAINT qrtz_triggers_job_fk FOREIGN KEY (sched_name, job_name, job_group)
        REFERENCES qrtz_job_details (sched_name, job_name, job_group)
);

CREATE TABLE IF NOT EXISTS qrtz_simple_triggers (
    sched_name      text   NOT NULL,
    trigger_name    text   NOT NULL,
    trigger_group   text   NOT NULL,
    repeat_count    bigint NOT NULL,
    repeat_interval bigint NOT NULL,
    times_triggered bigint NOT NULL,
    CONSTRAINT qrtz_simple_triggers_pk PRIMARY KEY (sched_name, trigger_name, trigger_group),
    CONSTRAINT qrtz_simple_triggers_fk FOREIGN KEY (sched_name, trigger_name, trigger_group)
        REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS qrtz_cron_triggers (
    sched_name      text NOT NULL,
    trigger_name    text NOT NULL,
    trigger_group   text NOT NULL,
    cron_expression text NOT NULL,
    time_zone_id    text,
    CONSTRAINT qrtz_cron_triggers_pk PRIMARY KEY (sched_name, trigger_name, trigger_group),
    CONSTRAINT qrtz_cron_triggers_fk FOREIGN KEY (sched_name, trigger_name, trigger_group)
        REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

-- Calendar-interval, daily-time-interval and the other property-bag triggers.
CREATE TABLE IF NOT EXISTS qrtz_simprop_triggers (
    sched_name    text NOT NULL,
    trigger_name  text NOT NULL,
    trigger_group text NOT NULL,
    str_prop_1    text,
    str_prop_2    text,
    str_prop_3    text,
    int_prop_1    integer,
    int_prop_2    integer,
    long_prop_1   bigint,
    long_prop_2   bigint,
    dec_prop_1    numeric,
    dec_prop_2    numeric,
    bool_prop_1   boolean,
    bool_prop_2   boolean,
    time_zone_id  text,
    CONSTRAINT qrtz_simprop_triggers_pk PRIMARY KEY (sched_name, trigger_name, trigger_group),
    CONSTRAINT qrtz_simprop_triggers_fk FOREIGN KEY (sched_name, trigger_name, trigger_group)
        REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

-- Triggers of a type Quartz only knows as serialized bytes.
CREATE TABLE IF NOT EXISTS qrtz_blob_triggers (
    sched_name    text NOT NULL,
    trigger_name  text NOT NULL,
    trigger_group text NOT NULL,
    blob_data     bytea,
    CONSTRAINT qrtz_blob_triggers_pk PRIMARY KEY (sched_name, trigger_name, trigger_group),
    CONSTRAINT qrtz_blob_triggers_fk FOREIGN KEY (sched_name, trigger_name, trigger_group)
        REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS qrtz_calendars (
    sched_name    text  NOT NULL,
    calendar_name text  NOT NULL,
    calendar      bytea NOT NULL,
    CONSTRAINT qrtz_calendars_pk PRIMARY KEY (sched_name, calendar_name)
);

CREATE TABLE IF NOT EXISTS qrtz_paused_trigger_grps (
    sched_name    text NOT NULL,
    trigger_group text NOT NULL,
    pause_reason  varchar(250),
    paused_by     varchar(200),
    paused_at     bigint,
    CONSTRAINT qrtz_paused_trigger_grps_pk PRIMARY KEY (sched_name, trigger_group)
);

CREATE TABLE IF NOT EXISTS qrtz_paused_job_grps (
    sched_name   text NOT NULL,
    job_group    text NOT NULL,
    pause_reason varchar(250),
    paused_by    varchar(200),
    paused_at    bigint,
    CONSTRAINT qrtz_paused_job_grps_pk PRIMARY KEY (sched_name, job_group)
);

-- One row per firing in progress, owned by the node (instance_name) that acquired it: what cluster recovery reads.
CREATE TABLE IF NOT EXISTS qrtz_fired_triggers (
    sched_name               text    NOT NULL,
    entry_id                 text    NOT NULL,
    trigger_name             text    NOT NULL,
    trigger_group            text    NOT NULL,
    instance_name            text    NOT NULL,
    fired_time               bigint  NOT NULL,
    sched_time               bigint  NOT NULL,
    priority                 integer NOT NULL,
    state                    text    NOT NULL,
    job_name                 text,
    job_group                text,
    is_nonconcurrent         boolean NOT NULL,
    requests_recovery        boolean,
    execution_group          varchar(200),
    progress                 integer,
    progress_message         varchar(250),
    interrupt_requested_time bigint,
    CONSTRAINT qrtz_fired_triggers_pk PRIMARY KEY (sched_name, entry_id)
);

-- Each node's last check-in: a node silent for longer than its interval plus the threshold is recovered by another.
CREATE TABLE IF NOT EXISTS qrtz_scheduler_state (
    sched_name        text   NOT NULL,
    instance_name     text   NOT NULL,
    last_checkin_time bigint NOT NULL,
    checkin_interval  bigint NOT NULL,
    quartz_version    varchar(20),
    CONSTRAINT qrtz_scheduler_state_pk PRIMARY KEY (sched_name, instance_name)
);

-- The rows the nodes lock (SELECT … FOR UPDATE) to take turns at acquiring triggers and at recovery.
CREATE TABLE IF NOT EXISTS qrtz_locks (
    sched_name text NOT NULL,
    lock_name  text NOT NULL,
    CONSTRAINT qrtz_locks_pk PRIMARY KEY (sched_name, lock_name)
);

-- What the store looks up by: the next triggers to acquire, a job's triggers, a node's firings.
CREATE INDEX IF NOT EXISTS qrtz_job_details_group_ix ON qrtz_job_details (sched_name, job_group, job_name);
CREATE INDEX IF NOT EXISTS qrtz_triggers_job_ix ON qrtz_triggers (sched_name, job_name, job_group);
CREATE INDEX IF NOT EXISTS qrtz_triggers_group_ix ON qrtz_triggers (sched_name, trigger_group, trigger_name);
CREATE INDEX IF NOT EXISTS qrtz_triggers_calendar_ix ON qrtz_triggers (sched_name, calendar_name);
CREATE INDEX IF NOT EXISTS qrtz_triggers_due_ix ON qrtz_triggers (sched_name, trigger_state, next_fire_time, priority DESC, misfire_instr);
CREATE INDEX IF NOT EXISTS qrtz_fired_triggers_node_ix ON qrtz_fired_triggers (sched_name, instance_name, requests_recovery);
CREATE INDEX IF NOT EXISTS qrtz_fired_triggers_job_ix ON qrtz_fired_triggers (sched_name, job_name, job_group);
CREATE INDEX IF NOT EXISTS qrtz_fired_triggers_trigger_ix ON qrtz_fired_triggers (sched_name, trigger_name, trigger_group);
