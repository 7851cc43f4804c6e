-- The live read models (projections module). Each row is one entity of a read model: its key, the global position of
-- the last event applied to it (a redelivered event at or below it is skipped), the fold's state as JSON, and the
-- columns queries filter and sort on. Nothing here is evidence: every row can be dropped and rebuilt from the journal.
-- States are json (the text as written), not jsonb: no query looks inside one, and jsonb's parse on every write was
-- most of PostgreSQL's work in a rebuild (docs/benchmarks.md, "Read side").

create table rm_program_line (
    key             text primary key,
    last_position   bigint not null,
    state           json not null,
    program_id      text not null,
    core_enterprise text not null,
    funder          text not null,
    currency        char(3) not null,
    program_limit   numeric not null,
    utilised        numeric not null,
    valid_to        date not null,
    expired_on      date
);
create index rm_program_line_core on rm_program_line (core_enterprise, key);
create index rm_program_line_funder on rm_program_line (funder, key);

create table rm_member_line (
    key           text primary key,
    last_position bigint not null,
    state         json not null,
    program_id    text not null,
    member        text not null,
    side          text not null,
    currency      char(3) not null,
    used          numeric not null,
    suspended     boolean not null,
    shortfall     boolean not null
);
create index rm_member_line_program on rm_member_line (program_id, key);
create index rm_member_line_member on rm_member_line (member, key);

create table rm_financing (
    key                   text primary key,
    last_position         bigint not null,
    state                 json not null,
    financing_id          text not null,
    kind                  text not null,
    program_id            text not null,
    member                text not null,
    funder                text not null,
    status                text not null,
    currency              char(3) not null,
    requested_amount      numeric not null,
    principal             numeric,
    outstanding_principal numeric not null,
    oldest_unpaid_due     date,
    maturity              date,
    requested_on          date not null
);
create index rm_financing_program on rm_financing (program_id, key);
create index rm_financing_member on rm_financing (member, key);
create index rm_financing_funder on rm_financing (funder, key);
create index rm_financing_unpaid on rm_financing (oldest_unpaid_due) where oldest_unpaid_due is not null;

create table rm_receivable (
    key           text primary key,
    last_position bigint not null,
    state         json not null,
    receivable_id text not null,
    original_id   text not null,
    program_id    text not null,
    debtor        text not null,
    holder        text not null,
    status        text not null,
    currency      char(3) not null,
    face_amount   numeric not null,
    balance       numeric not null,
    maturity_date date not null,
    financing_id  text
);
create index rm_receivable_program on rm_receivable (program_id, key);
create index rm_receivable_holder on rm_receivable (holder, key);
create index rm_receivable_debtor on rm_receivable (debtor, key);
create index rm_receivable_maturity on rm_receivable (maturity_date);

create table rm_collateral (
    key           text primary key,
    last_position bigint not null,
    state         json not null,
    pledgor       text not null,
    pledgee       text not null,
    kind          text not null,
    status        text not null,
    expires_on    date
);
create index rm_collateral_pledgor on rm_collateral (pledgor, key);
create index rm_collateral_pledgee on rm_collateral (pledgee, key);
create index rm_collateral_expiry on rm_collateral (expires_on) where status = 'PLEDGED';

grant select, insert, update, delete, truncate on rm_program_line, rm_member_line, rm_financing, rm_receivable,
    rm_collateral to ${appRole};
