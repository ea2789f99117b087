"""The caseworker web UI: server-rendered pages on GOV.UK Frontend patterns, in French and
English. Every page goes through the casework services (`cordiale.casework`), which enforce
who may see and do what; templates only present what the services return."""
