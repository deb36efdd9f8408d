#!/usr/bin/env python3
"""Writes a deterministic journal of N realistic applications, for benchmarks and tests.

    scripts/generate-journal.py N DIR [--seed S]

Each file is about 4 KB, like a well-kept application: several contacts, interviews,
references, a promise, sometimes an offer, and a body with notes (links, emphasis), dated
interview notes, to-do items and a log. The same N and seed always give the same bytes.
"""
import argparse
import datetime
import os
import random

FIRST = ["Robert", "Linda", "Maria", "Kevin", "Ann", "Tom", "Priya", "Omar", "Grace", "Luis",
         "Sara", "Wei", "Nina", "Paul", "Ruth", "Ivan", "Emma", "Jon", "Dana", "Alicia"]
LAST = ["Jones", "Park", "Alvarez", "Chen", "Lee", "Becker", "Shah", "Haddad", "Okafor", "Garcia",
        "Nilsen", "Zhang", "Rossi", "Meyer", "Cohen", "Petrov", "Smith", "Moreno", "Ortiz", "Greene"]
WORDS = ["Northwind", "Bluestem", "Cobalt", "Harbor", "Summit", "Meridian", "Lakeshore", "Pinecrest",
         "Granite", "Juniper", "Kestrel", "Beacon", "Cedar", "Delta", "Ember", "Falcon"]
KINDS = ["Logistics", "Health", "Analytics", "Software", "Outfitters", "Foods", "Supply", "Media"]
ROLES = ["Account Executive", "Sales Manager", "Business Development Manager", "Key Account Manager",
         "Territory Representative", "Sales Consultant", "Customer Success Lead", "Solutions Engineer"]
STATUSES = ["applied", "interviewing", "interviewing", "interviewing", "offer", "rejected", "withdrawn"]
TOPICS = ["the expansion into new markets", "territory planning for the Midwest", "a new CRM rollout",
          "long sales cycles with procurement committees", "the distributor accounts I grew",
          "how the team forecasts", "the onboarding plan for the first ninety days"]


def slug(text):
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def day(base, offset):
    return (base + datetime.timedelta(days=offset)).isoformat()


def person(rng):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return first, last


def application(i, rng):
    company = f"{rng.choice(WORDS)} {rng.choice(KINDS)} {i}"
    position = rng.choice(ROLES)
    base = datetime.date(2026, 9, 1) + datetime.timedelta(days=rng.randrange(0, 80))
    status = rng.choice(STATUSES)
    lines = ["---", f"company: {company}", f"position: {position}", f"status: {status}",
             f"applied: {day(base, 0)}", f"link: https://jobs.example/{slug(company)}/{i}",
             f"source: {rng.choice(['referral', 'careers page', 'recruiter', 'job board'])}", "contacts:"]
    contacts = []
    for _ in range(rng.randint(2, 4)):
        first, last = person(rng)
        name = f"{first} {last}"
        contacts.append((name, last))
        lines += [f"  - name: {name}", f"    salutation: {rng.choice(['Mr.', 'Ms.', 'Dr.'])} {last}",
                  f"    role: {rng.choice(['Sales Director', 'Recruiter', 'VP Sales', 'HR Partner'])}",
                  f"    email: {first.lower()}.{last.lower()}@{slug(company)}.example",
                  f'    phone: "+1 555 01{rng.randint(10, 99)}"',
                  f"    prefers: {rng.choice(['email', 'email', 'phone', 'card'])}"]
    interviews = []
    if status != "applied":
        lines.append("interviews:")
        offset = rng.randint(5, 15)
        rounds = rng.randint(1, 3)
        for r in range(1, rounds + 1):
            with_ = [c[0] for c in rng.sample(contacts, rng.randint(1, min(2, len(contacts))))]
            interviews.append(day(base, offset))
            lines += [f"  - date: {day(base, offset)}", f"    with: [{', '.join(with_)}]", f"    round: {r}"]
            if r == rounds:
                lines.append(f"    final: {'true' if rng.random() < 0.5 else 'false'}")
            lines.append(f"    next-step: {day(base, offset + rng.randint(3, 8))}")
            if rng.random() < 0.8:
                lines.append(f"    thank-you: {day(base, offset + rng.randint(0, 1))}")
            offset += rng.randint(6, 14)
    lines.append("references:")
    for _ in range(rng.randint(2, 3)):
        first, last = person(rng)
        lines += [f"  - name: {first} {last}", f"    relation: {rng.choice(['former manager', 'former colleague', 'client'])}",
                  f"    email: {first.lower()}@mail.example"]
        if interviews and rng.random() < 0.7:
            lines.append(f"    briefed: {day(datetime.date.fromisoformat(interviews[-1]), 1)}")
            if rng.random() < 0.3:
                lines.append(f"    contacted: {day(datetime.date.fromisoformat(interviews[-1]), 6)}")
    if interviews:
        lines += ["promises:", f"  - what: Send a {rng.choice(['writing sample', 'sales plan', 'reference list'])}",
                  f"    due: {day(datetime.date.fromisoformat(interviews[0]), 3)}"]
        if rng.random() < 0.6:
            lines.append(f"    done: {day(datetime.date.fromisoformat(interviews[0]), 2)}")
    if status == "offer":
        verbal = datetime.date.fromisoformat(interviews[-1]) + datetime.timedelta(days=7)
        lines += ["offer:", f"  verbal: {verbal.isoformat()}"]
        if rng.random() < 0.5:
            lines += [f"  written: {day(verbal, 3)}", f'  salary: "${rng.randint(70, 140)},000"',
                      "  benefits: health, dental, 401(k)"]
    lines.append("---")
    body = [f"# {company}: {position}", "", "## Notes", ""]
    for _ in range(3):
        topic = rng.choice(TOPICS)
        body += [f"The team is focused on {topic}, and the [job posting](https://jobs.example/{i}) stresses "
                 f"*relationship building* and **consistent pipeline hygiene**. I spoke with "
                 f"{contacts[0][0]} about {rng.choice(TOPICS)}; they mentioned that the role reports to the "
                 f"regional director and covers {rng.randint(20, 90)} accounts.", ""]
    for d in interviews:
        body += [f"### {d} Interview", "", f"- Resonated: {rng.choice(TOPICS)}",
                 f"- Interested in: {rng.choice(TOPICS)}", f"- Clarify: {rng.choice(TOPICS)}", ""]
    body += ["## To do", ""]
    for k in range(3):
        box = "x" if rng.random() < 0.5 else " "
        body.append(f"- [{box}] {day(base, 20 + k * 5)} Follow up on {rng.choice(TOPICS)}")
    body += ["", "## Log", ""]
    for k in range(rng.randint(6, 12)):
        body.append(f"- {day(base, k * 3)} {rng.choice(['Called', 'Emailed', 'Met', 'Heard from'])} "
                    f"{rng.choice(contacts)[0]} about {rng.choice(TOPICS)}.")
    return slug(f"{company} {position}") + ".md", "\n".join(lines + body) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("folder")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.folder, exist_ok=True)
    for i in range(args.count):
        name, text = application(i, rng)
        # A hundred files a folder, as a coach with many clients would keep them.
        folder = os.path.join(args.folder, f"client-{i // 100:04d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(args.folder, ".jobjournal.yaml"), "w") as f:
        f.write("check-in-days: 7\nwithin: 7\n")


if __name__ == "__main__":
    main()
