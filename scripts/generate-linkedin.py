#!/usr/bin/env python3
"""Writes a LinkedIn-shaped Job Applications.csv of N rows to standard output, the same every
time: quoted company names with commas, some answers over several lines, month-first dates
with a time. For the import line of scripts/bench.sh."""
import csv
import sys

n = int(sys.argv[1])
companies = ["Fairhaven Tools, Inc.", "Oakline Dental Supply", "Brightwater, Hale & Co.", "Kettle & Crane Coffee",
             "Northgate Outdoor, LLC", "Lumen Path Analytics", "Rheinwerk Logistik", "Isar Software"]
titles = ["Inside Sales Representative", "Territory Manager", "Account Executive, Mid-Market", "Wholesale Account Manager",
          "Channel Sales Manager", "Business Development Representative"]
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["Application Date", "Contact Email", "Contact Phone Number", "Company Name", "Job Title", "Job Url",
              "Resume Name", "Question And Answers"])
for i in range(n):
    month, day, year = 1 + i % 12, 1 + i % 28, 20 + (i // 336) % 6
    answers = "" if i % 3 else f"How many years of B2B sales experience do you have? : {i % 15}\nAre you willing to travel? : Yes"
    out.writerow([f"{month}/{day}/{year}, {1 + i % 12}:{i % 60:02d} {'AM' if i % 2 else 'PM'}", "me@example.net", "+1 555 0100",
                  f"{companies[i % len(companies)]} {i // len(companies)}", titles[i % len(titles)],
                  f"https://www.linkedin.com/jobs/view/{4000000000 + i}/", "Resume.pdf", answers])
