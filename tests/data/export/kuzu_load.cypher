// Loads kronik's kuzu_*.csv into a Kuzu database. Run it from the output folder (the
// COPY paths are relative), e.g. `kuzu kronik.kuzu < kuzu_load.cypher`.
CREATE NODE TABLE Entity(entityId STRING, name STRING, type STRING, qid STRING, iso STRING, aliases STRING[], mentions INT64, first_seen STRING, last_seen STRING, PRIMARY KEY(entityId));
CREATE NODE TABLE Event(eventId STRING, cameo STRING, type STRING, headline STRING, quad_class INT64, goldstein DOUBLE, date STRING, date_start DATE, date_end DATE, granularity STRING, anchor STRING, modality STRING, confidence DOUBLE, sources STRING[], evidence STRING, PRIMARY KEY(eventId));
CREATE REL TABLE PARTICIPATES_IN(FROM Entity TO Event, role STRING);
CREATE REL TABLE OCCURRED_IN(FROM Event TO Entity);
COPY Entity FROM 'kuzu_entities.csv' (HEADER=true, ESCAPE='"');
COPY Event FROM 'kuzu_events.csv' (HEADER=true, ESCAPE='"');
COPY PARTICIPATES_IN FROM 'kuzu_participation.csv' (HEADER=true, ESCAPE='"');
COPY OCCURRED_IN FROM 'kuzu_located.csv' (HEADER=true, ESCAPE='"');
