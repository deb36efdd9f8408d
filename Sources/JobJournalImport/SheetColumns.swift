import JobJournalCore
import JobJournalParse

/// What each column of a sheet holds, from its header: the usual names people and trackers
/// give (Company, Employer, Organisation; Position, Job Title, Role; ...), then `--map`.
/// A column named nothing known becomes the user's own key, named after its header.
package enum SheetColumn: Sendable, Equatable {
    case company, position, status, applied, link, notes
    case contactName, contactEmail, contactPhone
    /// A top-level key written as it is: `location`, `salary`, `source`, or the user's own.
    case field(String)
    /// A column jobjournal works out itself (an export's `Last Activity`): not imported.
    case derived
    /// The file name an export gives (`File`).
    case file
    /// Left out (`--map 'Header=-'`).
    case ignored

    /// Header names, folded (lower case, words joined by `-`), and what they hold.
    static let known: [String: SheetColumn] = {
        var table: [String: SheetColumn] = [:]
        let names: [(SheetColumn, [String])] = [
            (.company, ["company", "employer", "organisation", "organization", "company-name", "employer-name", "business"]),
            (.position, ["position", "job-title", "role", "title", "job", "position-title", "job-position", "job-role", "position-name"]),
            (.status, ["status", "stage", "state", "job-status", "application-status", "application-stage"]),
            (.applied, ["date-applied", "applied", "application-date", "submitted", "applied-on", "applied-date",
                        "date-submitted", "applied-at", "submission-date", "date-of-application"]),
            (.link, ["url", "link", "job-url", "job-link", "posting", "posting-url", "job-posting", "job-posting-url", "listing"]),
            (.notes, ["notes", "note", "comments", "comment", "description"]),
            (.contactName, ["contact", "contact-name", "recruiter", "hiring-manager", "contact-person"]),
            (.contactEmail, ["contact-email", "email", "recruiter-email", "e-mail"]),
            (.contactPhone, ["contact-phone", "phone", "contact-phone-number", "recruiter-phone"]),
            (.field("location"), ["location", "city", "place", "job-location"]),
            (.field("salary"), ["salary", "pay", "compensation", "salary-range", "wage"]),
            (.field("source"), ["source", "found-via", "found-on", "channel", "job-board", "where-found"]),
            (.derived, ["last-activity", "next-action", "next-action-day", "next-action-date"]),
            (.file, ["file"]),
        ]
        for (column, words) in names { for word in words { table[word] = column } }
        return table
    }()

    /// What a header names, `--map` first.
    package static func of(_ header: String, map: [String: String]) -> SheetColumn {
        let folded = Status.fold(header)
        if let key = map[folded] { return fromKey(key) }
        if let column = known[folded] { return column }
        return ownKey(header)
    }

    /// The column a `--map` key names: one of jobjournal's (`company`, `applied`, ...), `-`
    /// to leave it out, or a key of the user's own.
    static func fromKey(_ key: String) -> SheetColumn {
        let folded = Status.fold(key)
        if folded == "-" || folded.isEmpty || folded == "ignore" { return .ignored }
        switch folded {
        case "company": return .company
        case "position": return .position
        case "status": return .status
        case "applied": return .applied
        case "link": return .link
        case "notes": return .notes
        case "contact", "contact-name": return .contactName
        case "contact-email": return .contactEmail
        case "contact-phone": return .contactPhone
        default: return known[folded] ?? ownKey(key)
        }
    }

    /// A header as a key of the user's own: lower-case words joined by `-`; a header that is
    /// one of jobjournal's lists (`Interviews`) would not read as one, so it gets `imported-`.
    static func ownKey(_ header: String) -> SheetColumn {
        var key = ""
        var dash = false
        for c in header.lowercased() {
            if c.isLetter || c.isNumber {
                if dash && !key.isEmpty { key.append("-") }
                dash = false
                key.append(c)
            } else {
                dash = true
            }
        }
        if key.isEmpty { return .ignored }
        if KeySet.application.key(for: key) != nil { key = "imported-" + key }
        return .field(key)
    }

    /// `Header=key` pairs from `--map`, by folded header; nil with the bad one.
    package static func parseMap(_ pairs: [String]) -> Result<[String: String], MapError> {
        var map: [String: String] = [:]
        for pair in pairs {
            guard let equals = pair.lastIndex(of: "="), !String(pair[..<equals]).trimmingSpaces.isEmpty else { return .failure(MapError(pair: pair)) }
            map[Status.fold(String(pair[..<equals]))] = String(pair[pair.index(after: equals)...]).trimmingSpaces
        }
        return .success(map)
    }

    package struct MapError: Error, Sendable, CustomStringConvertible {
        package var pair: String
        package var description: String { "--map '\(pair)' should be 'Header=key' (key: company, position, status, applied, link, notes, contact, contact-email, contact-phone, a key of your own, or - to leave the column out)" }
    }
}
