"""The casework records.

Facts map one-to-one onto the engine's case file (`cordiale.law.facts.CaseFacts`): a `Fact`
is one item of one of its lists (an application, an entry, a family member...) or the
applicant, and each change is a new `FactVersion` holding the item exactly as the engine
reads it, validated by the engine's own pydantic model. Nothing is overwritten: the case as it
stood on any date is the latest version of each fact recorded by then.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models, router, transaction
from django.utils import timezone

from cordiale.accounts.models import Team
from cordiale.casework import names


class Stage(models.TextChoices):
    """Where a case stands in the procedure (the lifecycle of `cordiale.casework.lifecycle`)."""

    INTAKE = "intake", "Intake"
    DETERMINATION = "determination", "Determination"
    REQUEST_SENT = "request_sent", "Request sent"
    REQUEST_RECEIVED = "request_received", "Request received"
    ACCEPTED = "accepted", "Accepted"
    REFUSED = "refused", "Refused"
    RE_EXAMINATION = "re_examination", "Re-examination"
    TRANSFER_DECIDED = "transfer_decided", "Transfer decided"
    APPEAL = "appeal", "Appeal"
    TRANSFERRED = "transferred", "Transferred"
    EXAMINED_HERE = "examined_here", "Examined here"
    CLOSED = "closed", "Closed"


class Case(models.Model):
    reference = models.CharField(max_length=40, unique=True)
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="cases")
    determining_state = models.CharField(max_length=2, default="FR")
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.INTAKE)
    version = models.PositiveIntegerField(default=1)  # optimistic locking
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(default=timezone.now)
    # The engine's current proposal (re-run on every change of facts).
    regime = models.CharField(max_length=10, blank=True)
    status = models.CharField(max_length=20, blank=True)
    track = models.CharField(max_length=12, blank=True)
    responsible_state = models.CharField(max_length=2, blank=True)
    proposed_state = models.CharField(max_length=2, blank=True)
    basis = models.CharField(max_length=80, blank=True)
    open_questions = models.PositiveIntegerField(default=0)
    determination = models.JSONField(null=True, blank=True)
    determined_at = models.DateTimeField(null=True, blank=True)
    facts_hash = models.CharField(max_length=64, blank=True)
    # Denormalised for scoping: a request to or from the UK exists (UK liaison's view).
    referred_to_uk = models.BooleanField(default=False)
    # Search and statistics (the applicant's identity lives in `Person`).
    applicant_nationality = models.CharField(max_length=2, blank=True)
    unaccompanied_minor = models.BooleanField(default=False)

    class Meta:
        indexes = (
            models.Index(fields=("team", "stage")),
            models.Index(fields=("referred_to_uk",)),
            # Search by nationality alone: the newest cases of one nationality.
            models.Index(fields=("applicant_nationality", "updated_at")),
        )

    def __str__(self) -> str:
        return self.reference


class Person(models.Model):
    """The applicant or a family member: identity, which the engine does not need."""

    class Kind(models.TextChoices):
        APPLICANT = "applicant"
        FAMILY_MEMBER = "family_member"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="people")
    kind = models.CharField(max_length=15, choices=Kind.choices)
    fact_key = models.CharField(max_length=60, blank=True, help_text="family member id")
    name_original = models.CharField(max_length=200, blank=True)
    script = models.CharField(max_length=4, blank=True, help_text="ISO 15924, e.g. Arab")
    name_latin = models.CharField(max_length=200)
    aliases = models.JSONField(default=list, blank=True)
    date_of_birth = models.DateField(null=True, blank=True)

    class Meta:
        indexes = (
            models.Index(fields=("name_latin",)),
            models.Index(fields=("date_of_birth",)),
        )

    def names(self) -> list[str]:
        return [self.name_latin, self.name_original or "", *(self.aliases or [])]

    def save(self, *args: Any, **kwargs: Any) -> None:
        # The search keys follow the names (`cordiale.casework.names`); bulk loads write
        # them directly (`cordiale.casework.bulk`).
        with transaction.atomic(using=kwargs.get("using") or router.db_for_write(Person)):
            super().save(*args, **kwargs)
            NameKey.objects.filter(person=self).delete()
            NameKey.objects.bulk_create(NameKey.for_person(self))


class NameKey(models.Model):
    """A search key of a person's names (`cordiale.casework.names.name_keys`): a folded
    token, a skeleton or a one-edit neighbour of one, with its weight. Indexed by key, so a
    search by name reads the postings of the query's keys, not every person."""

    # Two columns and two indexes only (the key's, and the person's for the cascade): there
    # are some fifteen keys per person, and a bulk load writes them all.
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="name_keys")
    key = models.CharField(max_length=names.KEY_LENGTH)
    weight = models.PositiveSmallIntegerField()

    # Named: the search names it to SQLite's planner (`cordiale.web.views.search`). It holds
    # the weight and the person too, so ranking people by keys reads the index alone.
    KEY_INDEX = "casework_namekey_key"

    class Meta:
        indexes = (models.Index(fields=("key", "weight", "person"), name="casework_namekey_key"),)

    @classmethod
    def for_person(cls, person: Person) -> list[NameKey]:
        return [
            cls(person_id=person.pk, key=key, weight=weight)
            for key, weight in names.name_keys(person.names()).items()
        ]


class Evidence(models.Model):
    """A document stored as a file outside the database, named by its SHA-256."""

    class Category(models.TextChoices):
        PROOF = "proof", "Proof (list A)"
        CIRCUMSTANTIAL = "circumstantial", "Circumstantial evidence (list B)"

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="evidence")
    sha256 = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField()
    filename = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    category = models.CharField(max_length=15, choices=Category.choices, blank=True)
    description = models.CharField(max_length=300, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)


class Fact(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="facts")
    kind = models.CharField(max_length=30)  # a CaseFacts field: "applicant", "entries", ...
    key = models.CharField(max_length=80)  # the item's id in the case file
    position = models.PositiveIntegerField(default=0)  # keeps the case file's order

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=("case", "kind", "key"), name="fact_unique_key"),
        )


class FactVersion(models.Model):
    """One state of a fact. `data` is the case-file item; None means the fact was withdrawn."""

    fact = models.ForeignKey(Fact, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    data = models.JSONField(null=True)
    reason = models.CharField(max_length=500, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)
    source = models.CharField(max_length=200, blank=True)
    evidence_category = models.CharField(max_length=15, blank=True)
    evidence = models.ForeignKey(Evidence, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=("fact", "number"), name="fact_version_unique"),
        )
        indexes = (models.Index(fields=("fact", "-number")),)


class Consent(models.Model):
    """The applicant's consent to an NGO's legal-aid advisers seeing the case."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="consents")
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="consents")
    given_on = models.DateField()
    withdrawn_on = models.DateField(null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        indexes = (models.Index(fields=("team", "withdrawn_on")),)


class Decision(models.Model):
    """A frozen snapshot: the facts, the engine version, its output and hash, who decided."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="decisions")
    summary = models.CharField(max_length=300)
    decided_state = models.CharField(max_length=2, blank=True)
    proposed_state = models.CharField(max_length=2, blank=True)
    override = models.BooleanField(default=False)
    reason = models.TextField(blank=True)
    as_of = models.DateField()
    facts = models.JSONField()
    engine_version = models.CharField(max_length=20)
    output = models.JSONField()
    output_hash = models.CharField(max_length=64)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(default=timezone.now)


class DeadlineRecord(models.Model):
    """The engine's deadlines, materialised so queues can be queried."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="deadlines")
    key = models.CharField(max_length=120)  # deadline id, "@request" when per request
    deadline_id = models.CharField(max_length=40)
    request = models.CharField(max_length=60, blank=True)
    start = models.DateField()
    due = models.DateField()
    status = models.CharField(max_length=15)
    state_to_act = models.CharField(max_length=2, blank=True)
    basis = models.CharField(max_length=120)
    period = models.CharField(max_length=30)
    calendar = models.CharField(max_length=20, blank=True)

    class Meta:
        constraints = (models.UniqueConstraint(fields=("case", "key"), name="deadline_unique"),)
        indexes = (models.Index(fields=("status", "due")),)


class Task(models.Model):
    """Work for a team: every open deadline the team's State must act on produces one."""

    class Status(models.TextChoices):
        OPEN = "open"
        DONE = "done"
        CANCELLED = "cancelled"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="tasks")
    deadline_key = models.CharField(max_length=120, blank=True)
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="tasks")
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    title = models.CharField(max_length=200)
    due = models.DateField(null=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = (
            models.Index(fields=("team", "status", "due")),
            models.Index(fields=("assigned_to", "status", "due")),
        )
