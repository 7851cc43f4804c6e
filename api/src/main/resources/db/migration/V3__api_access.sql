-- The API's own tables. Not evidence: who may call the API, and the answers already given to retried requests.

-- One row per API key. The key itself is shown once, when issued; only its SHA-256 is kept.
create table api_credential (
    id          bigserial   primary key,
    key_id      text        not null unique,  -- the key's public part, named in lists and logs
    secret_hash bytea       not null,         -- SHA-256 of the key's secret part
    party_id    text        not null,         -- the party the key acts for (bare id, as in the API)
    user_name   text        not null,         -- the person or system at that party holding the key
    access      text        not null check (access in ('OPERATOR', 'PARTY', 'AUDITOR')),
    created_at  timestamptz not null,
    revoked_at  timestamptz
);
create index api_credential_party on api_credential (party_id);

-- The first answer to each (party, Idempotency-Key): a retry gets it back instead of a second effect.
-- status is null while the first request is still being served.
create table api_idempotency (
    party_id        text        not null,
    idempotency_key text        not null,
    request_hash    bytea       not null,     -- SHA-256 of method, path and body: a key reused for another request is refused
    status          integer,
    location        text,
    body            text,
    created_at      timestamptz not null,
    primary key (party_id, idempotency_key)
);

grant select, insert, update on api_credential to ${appRole};
grant usage on sequence api_credential_id_seq to ${appRole};
grant select, insert, update, delete on api_idempotency to ${appRole};
