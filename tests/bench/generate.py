#!/usr/bin/env python3
"""Writes N generated journal entries as the CSV `sore export` writes.

Seeded, so the same arguments give the same file byte for byte. With
--order date (the default) rows come in export order (date, entries without
a time first, then by time, then id) with ids 1..N, so importing the file
into a new journal and exporting it again gives the file back unchanged.
With --order random the same rows come shuffled, numbered 1..N in their new
order: a journal whose ids, and so its table's order, have nothing to do
with its dates, as when entries are logged late or merged from elsewhere.
Its export is the date-ordered file's rows with other ids.

Usage: generate.py [--entries N] [--seed S] [--end YYYY-MM-DD]
                   [--order date|random] [-o FILE]
"""

import argparse
import datetime
import random
import sys

COLUMNS = ("id,uuid,date,time,soreness,during,sitting_hours,pressure,technique,"
           "knots,injury,emotional,side,note,tags,sites,created_at,updated_at")

# Weighted as people might use them: a mix of the named ones, few "other".
TECHNIQUES = (["swedish"] * 5 + ["deep-tissue"] * 4 + ["trigger-point"] * 3 +
              ["sports"] * 2 + ["myofascial"] * 2 + ["self"] * 3 + ["other"])
SIDES = ("left", "right", "both")
TAGS = ("desk", "run", "travel", "yoga", "gym", "cycling", "long-drive",
        "stress", "physio", "stretching", "foam-roller", "hip")
# Plain notes, notes that need CSV quotes (commas, quotes, a line break),
# notes a spreadsheet would run as a formula (sore writes them with a
# leading apostrophe), and UTF-8 beyond ASCII.
NOTES = (
    "left side tight",
    "better after stretching",
    "sore, but less than last week",
    'therapist said "very tight" on the right',
    "piriformis très tendu",
    "long drive, then desk all day",
    "-2 since the last session",
    "=knots near the sacrum",
    "'quoted' by my physio, twice",
    "pain at night\nbetter in the morning",
    "hamstring and glute, both sides; ice after",
    "rest day, walked 5 km",
)
# Body sites in sore's order, and each one's cell for a side (both: none).
SITES = ("glute-max", "glute-med", "glute-min", "piriformis", "si-joint",
         "hamstring-origin", "hip-flexors", "tfl", "lower-back")
SITE_SIDES = (":left", ":right", "")
# Spread no further back than this; 1M entries make ~90 a day.
MAX_DAYS = 10957  # 30 years


def csv_field(text):
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_text_field(text):
    """A note or tags cell: neutralised as formula, then quoted if needed."""
    rest = text.lstrip("'")
    if rest and rest[0] in "=+-@\t\r":
        text = "'" + text
    return csv_field(text)


def hours(minutes):
    """As sore writes sitting_hours: two decimals, trailing zeros dropped."""
    text = f"{minutes / 60:.2f}".rstrip("0")
    return text.rstrip(".")


# Cells worked out once: the notes as CSV, sitting_hours by the minute.
NOTE_CELLS = tuple(csv_text_field(note) for note in NOTES)
HOURS = tuple(hours(minutes) for minutes in range(24 * 60 + 1))


def make_day_entries(rng, count, day):
    """`count` entries of one day, as tuples sorted the way export sorts."""
    out = []
    r = rng.random

    def pick(low, high):  # random.randint, without its checks
        return low + int(r() * (high - low + 1))

    for _ in range(count):
        rest = r() < 0.25
        if rest:
            technique, pressure, during = ("none" if r() < 0.8 else ""), None, None
        else:
            technique = TECHNIQUES[int(r() * len(TECHNIQUES))] if r() < 0.95 else ""
            pressure = None if r() < 0.1 else pick(1, 4)
            during = None if r() < 0.3 else pick(0, 10)
        if r() < 0.1:
            sitting = None
        elif r() < 0.7:
            sitting = pick(0, 64) * 15  # quarter hours, up to 16 h
        else:
            sitting = pick(0, 960)
        knots = None if (rest or r() < 0.15) else min(int(rng.expovariate(0.35)), 25)
        injury = r() < 0.05
        emotional = not rest and r() < 0.08
        noise = pick(-2, 2)
        score = (0.5 + 0.25 * (sitting if sitting is not None else 480) / 60 +
                 0.7 * (pressure or 0) + 0.15 * (knots or 0) + 1.5 * injury +
                 0.5 * emotional + noise)
        soreness = max(0, min(10, round(score)))
        side = SIDES[int(r() * 3)] if r() < 0.6 else ""
        time = f"{pick(6, 22):02d}:{pick(0, 59):02d}" if r() < 0.5 else None
        note = NOTE_CELLS[int(r() * len(NOTES))] if r() < 0.2 else ""
        tags = ""
        if r() < 0.15:
            tags = ";".join(sorted(set(rng.sample(TAGS, pick(1, 3)))))
        # A fifth name 1-3 sites, each once, on one side or both.
        sites = ""
        if r() < 0.2:
            chosen = sorted(rng.sample(range(len(SITES)), pick(1, 3)))
            sites = ";".join(f"{SITES[i]}{SITE_SIDES[int(r() * 3)]}={pick(0, 10)}"
                             for i in chosen)
        bits = rng.getrandbits(128)
        bits = (bits & ~(0xF << 76)) | (0x4 << 76)  # version 4
        bits = (bits & ~(0x3 << 62)) | (0x2 << 62)  # RFC 4122 variant
        h = f"{bits:032x}"
        uuid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        # Logged that evening (UTC); a few edited an hour or so later.
        created_s = pick(18 * 3600, 22 * 3600)
        updated_s = created_s + (pick(60, 3600) if r() < 0.05 else 0)
        created = f"{day}T{created_s // 3600:02d}:{created_s // 60 % 60:02d}:{created_s % 60:02d}Z"
        updated = f"{day}T{updated_s // 3600:02d}:{updated_s // 60 % 60:02d}:{updated_s % 60:02d}Z"
        cells = [
            uuid, day, time or "", str(soreness),
            "" if during is None else str(during),
            "" if sitting is None else HOURS[sitting],
            "" if pressure is None else str(pressure),
            technique,
            "" if knots is None else str(knots),
            "1" if injury else "0", "1" if emotional else "0", side,
            note, csv_text_field(tags) if tags else "", sites, created, updated,
        ]
        out.append((time is not None, time or "", cells))
    out.sort(key=lambda e: (e[0], e[1]))  # stable: ties keep their id order
    return [e[2] for e in out]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--end", default="2025-12-31", help="the last day (YYYY-MM-DD)")
    parser.add_argument("--order", choices=("date", "random"), default="date",
                        help="rows in export order, or shuffled")
    parser.add_argument("-o", "--output", default="-", help="the file, or - for stdout")
    args = parser.parse_args()
    if args.entries < 1:
        parser.error("--entries must be 1 or more")
    end = datetime.date.fromisoformat(args.end)
    days = min(MAX_DAYS, max(1, args.entries // 4))
    first = end - datetime.timedelta(days=days - 1)
    rng = random.Random(args.seed)

    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8",
                                                     newline="")
    with out:
        write = out.write
        write(COLUMNS + "\r\n")
        if args.order == "random":
            rows = []
            for d in range(days):
                count = (d + 1) * args.entries // days - d * args.entries // days
                day = (first + datetime.timedelta(days=d)).isoformat()
                rows.extend(",".join(cells) for cells in make_day_entries(rng, count, day))
            random.Random(args.seed + 1).shuffle(rows)
            for start in range(0, len(rows), 10000):
                write("".join(f"{start + i + 1},{row}\r\n"
                              for i, row in enumerate(rows[start:start + 10000])))
            return
        next_id = 1
        # Entry i falls on day i * days // entries: the same count each day,
        # give or take one.
        for d in range(days):
            count = (d + 1) * args.entries // days - d * args.entries // days
            day = (first + datetime.timedelta(days=d)).isoformat()
            lines = []
            for cells in make_day_entries(rng, count, day):
                lines.append(str(next_id) + "," + ",".join(cells) + "\r\n")
                next_id += 1
            write("".join(lines))

if __name__ == "__main__":
    main()
