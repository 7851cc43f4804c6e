-- The journal: an append-only, gap-free, hash-chained event log with an RFC 6962 Merkle tree over it.
-- See docs/journal-format.md for what every column means and how the hashes are computed.

-- Fixed at creation: which algorithm suite the ledger hashes and signs with. Exactly one row, never changed.
create table ledger_identity (
    id          smallint primary key default 1 check (id = 1),
    suite       text        not null check (suite in ('SHA256-ED25519', 'SM3-SM2')),
    created_at  timestamptz not null default now()
);

-- Every event, in commit order. position is 0, 1, 2, ... without holes.
create table journal_event (
    position            bigint      primary key check (position >= 0),
    event_id            text        not null,  -- Axon's message id; random, so not indexed
    aggregate_type      text,
    aggregate_id        text,
    aggregate_sequence  bigint,
    event_type          text        not null,
    event_revision      text,
    occurred_at         timestamptz not null,
    payload             bytea       not null,  -- RFC 8785 canonical JSON
    metadata            bytea       not null,  -- RFC 8785 canonical JSON
    prev_hash           bytea       not null,
    hash                bytea       not null,
    check ((aggregate_id is null) = (aggregate_sequence is null))
);
create unique index journal_event_aggregate on journal_event (aggregate_id, aggregate_sequence) where aggregate_id is not null;
-- Times rise with positions, so a block-range index answers "the first event at or after T" at almost no write cost.
create index journal_event_occurred_at on journal_event using brin (occurred_at);

-- Hashes of the complete subtrees (level >= 1) of the Merkle tree over the events' hashes, so that a proof
-- reads O(log n) rows. Node (level, index) covers leaves [index * 2^level, (index + 1) * 2^level).
create table merkle_node (
    level   smallint not null check (level between 1 and 62),
    index   bigint   not null check (index >= 0),
    hash    bytea    not null,
    primary key (level, index)
);

-- The chain head: the one row every appender locks, so that position and prev_hash are assigned in turn.
-- frontier = the hashes of the complete subtrees on the tree's right edge, largest first, concatenated.
create table journal_head (
    id          smallint primary key default 1 check (id = 1),
    size        bigint   not null check (size >= 0),
    head_hash   bytea    not null,
    frontier    bytea    not null
);
-- The genesis: an empty tree whose chain starts from 32 zero bytes.
insert into journal_head (id, size, head_hash, frontier) values (1, 0, decode(repeat('00', 32), 'hex'), ''::bytea);

-- Signed statements of the tree at a size: anyone holding the ledger's public key can check them.
create table journal_checkpoint (
    number           bigint      primary key check (number >= 0),
    tree_size        bigint      not null check (tree_size >= 0),
    root_hash        bytea       not null,
    head_hash        bytea       not null,
    created_at       timestamptz not null,
    suite            text        not null,
    key_fingerprint  text        not null,
    signature        bytea       not null
);
create unique index journal_checkpoint_tree_size on journal_checkpoint (tree_size, number);

-- Append-only, enforced by the database itself.
create function journal_reject_change() returns trigger language plpgsql as $$
begin
    raise exception 'the journal is append-only: % on % is not allowed', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger journal_event_append_only before update or delete on journal_event
    for each row execute function journal_reject_change();
create trigger journal_event_no_truncate before truncate on journal_event
    for each statement execute function journal_reject_change();
create trigger merkle_node_append_only before update or delete on merkle_node
    for each row execute function journal_reject_change();
create trigger merkle_node_no_truncate before truncate on merkle_node
    for each statement execute function journal_reject_change();
create trigger journal_checkpoint_append_only before update or delete on journal_checkpoint
    for each row execute function journal_reject_change();
create trigger journal_checkpoint_no_truncate before truncate on journal_checkpoint
    for each statement execute function journal_reject_change();
create trigger ledger_identity_append_only before update or delete on ledger_identity
    for each row execute function journal_reject_change();
create trigger ledger_identity_no_truncate before truncate on ledger_identity
    for each statement execute function journal_reject_change();
-- The head only moves forward.
create function journal_head_forward_only() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' or new.size < old.size then
        raise exception 'the journal head only moves forward' using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;
create trigger journal_head_forward_only before update or delete on journal_head
    for each row execute function journal_head_forward_only();
create trigger journal_head_no_truncate before truncate on journal_head
    for each statement execute function journal_reject_change();

-- Mutable, and not evidence: Axon's aggregate snapshots (a cache of the journal) and processor tokens.
create table aggregate_snapshot (
    aggregate_id        text   primary key,
    aggregate_sequence  bigint not null,
    aggregate_type      text   not null,
    event_id            text   not null,
    event_type          text   not null,
    event_revision      text,
    occurred_at         text   not null,
    payload             bytea  not null,
    metadata            bytea  not null
);

create table token_entry (
    processor_name  varchar(255) not null,
    segment         integer      not null,
    token           bytea,
    token_type      varchar(255),
    timestamp       varchar(255),
    owner           varchar(255),
    primary key (processor_name, segment)
);

-- The application's own login: it may append and read, never alter, and cannot disable the triggers
-- (only the tables' owner or a superuser can).
do $$
begin
    if not exists (select from pg_roles where rolname = '${appRole}') then
        execute format('create role %I login', '${appRole}');
    end if;
end;
$$;
grant usage on schema ${flyway:defaultSchema} to ${appRole};
grant select, insert on journal_event, merkle_node, journal_checkpoint, ledger_identity to ${appRole};
grant select, insert, update on journal_head to ${appRole};
grant select, insert, update, delete on aggregate_snapshot, token_entry to ${appRole};
