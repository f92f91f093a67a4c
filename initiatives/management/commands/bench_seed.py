"""Generate a realistic synthetic dataset for benchmarks, with bulk inserts.

Each initiative gets one source document of a few KB, about ten follow-up actions, three
milestones, one to three areas, two to four actors and one to three sectors. Titles carry
a code word drawn from a vocabulary of ``CODEWORDS`` words, so a search for one code word
is selective (about initiatives / CODEWORDS hits)."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import connection, transaction

from initiatives.models import (
    Actor,
    ActorKind,
    ActorRole,
    CooperationArea,
    DatePrecision,
    Document,
    Evidence,
    Initiative,
    InitiativeActor,
    InitiativeArea,
    InitiativeSector,
    Origin,
    Sector,
    Status,
)
from initiatives.search import initiative_search_update
from timeline.models import ActionStatus, FollowUpAction, Milestone, MilestoneKind

SLUG_PREFIX = "bench-"
CODEWORDS = 2000
ACTORS = 300
SECTORS = 40
ACTIONS_PER_INITIATIVE = 10
MILESTONES_PER_INITIATIVE = 3
DOCUMENT_SENTENCES = 30
FIRST_DECISION = dt.date(2019, 1, 1)
DECISION_SPAN_DAYS = 8 * 365

SYLLABLES = [
    "ka",
    "ro",
    "vi",
    "ta",
    "len",
    "mar",
    "zu",
    "bel",
    "dor",
    "fin",
    "gra",
    "hu",
    "ister",
    "jo",
    "kel",
    "lum",
    "mo",
    "nor",
    "pa",
    "quin",
    "ras",
    "sol",
    "tur",
    "vex",
]
TOPICS = [
    "ammunition production",
    "air defence",
    "drone manufacturing",
    "armoured vehicles",
    "spare parts supply",
    "critical raw materials",
    "cyber defence",
    "demining equipment",
    "artillery shells",
    "logistics hubs",
    "naval systems",
    "satellite services",
]
VERBS = ["agree", "launch", "fund", "extend", "negotiate", "sign", "propose", "review"]
COUNTRIES = [
    "Ukraine",
    "Poland",
    "Germany",
    "France",
    "Italy",
    "Spain",
    "Romania",
    "Lithuania",
    "Latvia",
    "Estonia",
    "Czechia",
    "Slovakia",
    "Netherlands",
    "Sweden",
    "Finland",
]
INSTITUTIONS = [
    "European Commission",
    "Council of the EU",
    "European Parliament",
    "European Defence Agency",
    "European Investment Bank",
    "EU agencies",
]
SECTOR_WORDS = [
    "munitions",
    "aerospace",
    "shipbuilding",
    "electronics",
    "optics",
    "energy",
    "steel",
    "chemicals",
    "software",
    "telecoms",
]
ACTION_VERBS = ["Outline", "Publish", "Report on", "Set up", "Evaluate", "Fund", "Coordinate"]
SENTENCES = [
    "The {actor} announced that {topic} with {country} would be a priority in {year}.",
    "Officials said the {codeword} programme should reach full capacity within two years.",
    "Negotiators met in Brussels to discuss {topic} and the financing needed.",
    "Member states agreed to pool procurement of {topic} through joint contracts.",
    "The {actor} will report on progress in the coming months.",
    "Industry representatives welcomed the plan but warned about supply chain bottlenecks.",
    "Funding of {amount} million euro was set aside for {topic}.",
    "The measure is expected to strengthen co-production and standardization.",
]


def codeword(n: int) -> str:
    rng = random.Random(n)
    return "".join(rng.choice(SYLLABLES) for _ in range(3))


class Command(BaseCommand):
    help = "Fill the database with synthetic initiatives for benchmarks (bulk inserts)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--initiatives", type=int, default=1000)
        parser.add_argument("--batch", type=int, default=2000, help="Initiatives per transaction.")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--dry-run", action="store_true", help="Say what would be created.")

    def handle(self, *args: Any, **options: Any) -> None:
        total, batch = options["initiatives"], max(1, options["batch"])
        verbosity = options["verbosity"]
        if options["dry_run"]:
            self.stdout.write(
                f"Would create {total} initiatives, {total} documents, "
                f"{total * ACTIONS_PER_INITIATIVE} actions and "
                f"{total * MILESTONES_PER_INITIATIVE} milestones."
            )
            return
        rng = random.Random(options["seed"])
        actors, sectors = self._actors(), self._sectors()
        areas = list(CooperationArea.objects.all())
        start = Initiative.objects.filter(slug__startswith=SLUG_PREFIX).count()
        done = 0
        while done < total:
            size = min(batch, total - done)
            self._batch(rng, start + done, size, actors, sectors, areas)
            done += size
            if verbosity >= 1:
                self.stdout.write(f"{done}/{total} initiatives")
        if connection.vendor == "postgresql":
            # Fresh planner statistics: without them a bulk-loaded table gets poor plans.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(f"Created {total} initiatives."))

    def _actors(self) -> list[Actor]:
        names = INSTITUTIONS + [f"Government of {c}" for c in COUNTRIES]
        names += [f"{c} defence firm {i}" for i in range(ACTORS) for c in COUNTRIES[:1]]
        Actor.objects.bulk_create(
            [
                Actor(name=n, slug=n.lower().replace(" ", "-"), kind=ActorKind.ORGANISATION)
                for n in names
            ],
            ignore_conflicts=True,
        )
        return list(Actor.objects.filter(name__in=names))

    def _sectors(self) -> list[Sector]:
        names = [
            f"{w.capitalize()} {k}"
            for w in SECTOR_WORDS
            for k in ("industry", "services", "components", "research")
        ][:SECTORS]
        Sector.objects.bulk_create(
            [Sector(name=n, slug=n.lower().replace(" ", "-")) for n in names],
            ignore_conflicts=True,
        )
        return list(Sector.objects.filter(name__in=names))

    @transaction.atomic
    def _batch(
        self,
        rng: random.Random,
        offset: int,
        size: int,
        actors: list[Actor],
        sectors: list[Sector],
        areas: list[CooperationArea],
    ) -> None:
        statuses = [s for s, _ in Status.choices]
        initiatives, texts = [], []
        for n in range(offset, offset + size):
            word = codeword(rng.randrange(CODEWORDS))
            topic, country = rng.choice(TOPICS), rng.choice(COUNTRIES)
            decided = FIRST_DECISION + dt.timedelta(days=rng.randrange(DECISION_SPAN_DAYS))
            initiatives.append(
                Initiative(
                    slug=f"{SLUG_PREFIX}{n}",
                    title=f"{word.capitalize()}: EU and {country} {rng.choice(VERBS)} {topic}",
                    summary=(
                        f"The {rng.choice(INSTITUTIONS)} and {country} {rng.choice(VERBS)} "
                        f"cooperation on {topic} under the {word} programme."
                    ),
                    status=rng.choice(statuses),
                    decided_on=decided,
                    decided_on_precision=DatePrecision.DAY,
                    venue=rng.choice(["Brussels", "Luxembourg", "Strasbourg", "Kyiv"]),
                    verified=rng.random() < 0.3,
                )
            )
            texts.append(self._text(rng, word, topic, country, decided))
        Initiative.objects.bulk_create(initiatives)
        documents = [
            Document(
                initiative=i,
                title=i.title,
                text=text,
                sha256=hashlib.sha256(f"{i.slug}\n{text}".encode()).hexdigest(),
                format="txt",
                published_on=i.decided_on,
                reference_date=i.decided_on,
            )
            for i, text in zip(initiatives, texts, strict=True)
        ]
        Document.objects.bulk_create(documents)
        evidence = []
        for d in documents:
            end = d.text.index(".") + 1
            evidence.append(Evidence.for_span(d, 0, end, rule="bench"))
        Evidence.objects.bulk_create(evidence)
        links_a, links_s, links_x, milestones, actions = [], [], [], [], []
        for i, ev in zip(initiatives, evidence, strict=True):
            for area in rng.sample(areas, rng.randint(1, 3)):
                links_a.append(
                    InitiativeArea(
                        initiative=i,
                        area=area,
                        statement=f"{area.name} of {i.title.split(':')[0]} work.",
                        evidence=ev,
                        origin=Origin.EXTRACTED,
                    )
                )
            for sector in rng.sample(sectors, rng.randint(1, 3)):
                links_s.append(InitiativeSector(initiative=i, sector=sector))
            roles = [ActorRole.DECISION_MAKER, ActorRole.PARTNER, ActorRole.IMPLEMENTER]
            for actor, role in zip(rng.sample(actors, 3), roles, strict=True):
                links_x.append(InitiativeActor(initiative=i, actor=actor, role=role))
            for k in range(MILESTONES_PER_INITIATIVE):
                milestones.append(
                    Milestone(
                        initiative=i,
                        title=["Decision", "Signature", "Entry into force"][k],
                        kind=[
                            MilestoneKind.DECISION,
                            MilestoneKind.SIGNATURE,
                            MilestoneKind.ENTRY_INTO_FORCE,
                        ][k],
                        date=i.decided_on + dt.timedelta(days=90 * k),
                        date_precision=DatePrecision.DAY,
                        evidence=ev if k == 0 else None,
                    )
                )
            for _k in range(ACTIONS_PER_INITIATIVE):
                earliest = i.decided_on + dt.timedelta(days=rng.randrange(30, 900))
                status = rng.choice([ActionStatus.OPEN] * 3 + [ActionStatus.DONE])
                actions.append(
                    FollowUpAction(
                        initiative=i,
                        description=f"{rng.choice(ACTION_VERBS)} {rng.choice(TOPICS)} plans",
                        owner=rng.choice(actors),
                        due_text="in the coming months",
                        due_earliest=earliest,
                        due_latest=earliest + dt.timedelta(days=180),
                        due_confidence=0.5,
                        status=status,
                        completed_on=earliest if status == ActionStatus.DONE else None,
                    )
                )
        InitiativeArea.objects.bulk_create(links_a)
        InitiativeSector.objects.bulk_create(links_s)
        InitiativeActor.objects.bulk_create(links_x)
        Milestone.objects.bulk_create(milestones)
        FollowUpAction.objects.bulk_create(actions, batch_size=5000)
        initiative_search_update(initiative_ids=[i.pk for i in initiatives])

    def _text(
        self, rng: random.Random, word: str, topic: str, country: str, decided: dt.date
    ) -> str:
        lines = [f"EU and {country} agree on {topic}."]
        for _ in range(DOCUMENT_SENTENCES):
            lines.append(
                rng.choice(SENTENCES).format(
                    actor=rng.choice(INSTITUTIONS),
                    topic=rng.choice(TOPICS),
                    country=country,
                    year=decided.year,
                    codeword=word,
                    amount=rng.randrange(10, 900),
                )
            )
        paragraphs = [" ".join(lines[k : k + 5]) for k in range(0, len(lines), 5)]
        return "\n\n".join(paragraphs)
