import Foundation
import JobJournalCore
import JobJournalIO
import ZIPFoundation

/// LinkedIn's "Get a copy of your data" export, as its ZIP, the folder it unpacks to, or one
/// of its CSV files. Two files matter: `Jobs/Job Applications.csv` (one row a job applied for
/// through LinkedIn) and `Jobs/Saved Jobs.csv` (jobs kept for later, imported as `saved`).
/// Dates are LinkedIn's, month first (`11/20/24, 8:15 AM`). The contact columns of
/// an application are the applicant's own email and phone, not the employer's: they are
/// left out, and so never become contacts.
package enum LinkedInExport {
    /// A CSV file of the export, by the name to show in messages.
    package struct File: Sendable {
        package var name: String
        package var bytes: [UInt8]
    }

    package enum Kind: Sendable { case applications, savedJobs }

    /// The most bytes a file in the ZIP may inflate to: a ZIP bomb stops here.
    package static let maxInflated = 64 << 20

    package struct Failure: Error, Sendable, CustomStringConvertible {
        package var description: String
        init(_ description: String) { self.description = description }
    }

    /// The export's job files at `path`, applications first; warnings for what was passed over.
    package static func files(at path: String) throws(Failure) -> (files: [File], warnings: [Diagnostic]) {
        switch FileSystem.kind(of: path) {
        case .directory:
            var found: [File] = []
            for name in ["Job Applications.csv", "Saved Jobs.csv"] {
                for candidate in [FileSystem.join(FileSystem.join(path, "Jobs"), name), FileSystem.join(path, name)]
                where FileSystem.kind(of: candidate) == .file {
                    found.append(File(name: candidate, bytes: try read(candidate)))
                    break
                }
            }
            if found.isEmpty { throw Failure("\(path) has no Jobs/Job Applications.csv or Jobs/Saved Jobs.csv: is it LinkedIn's export?") }
            return (found, [])
        case .file:
            let bytes = try read(path, limit: Sheet.maxBytes)
            if bytes.starts(with: [0x50, 0x4B]) { return try unzip(path) }
            return ([File(name: path, bytes: bytes)], [])
        case .missing: throw Failure("\(path) does not exist")
        case .other: throw Failure("\(path) is not a file or a folder")
        }
    }

    private static func read(_ path: String, limit: Int = Sheet.maxBytes) throws(Failure) -> [UInt8] {
        var buffer: [UInt8] = []
        let result = FileSystem.read(path, limit: limit, into: &buffer) { Array($0) }
        switch result {
        case .success(let bytes): return bytes
        case .failure(let error): throw Failure("cannot read \(path): \(error)")
        }
    }

    /// The job files inside the ZIP, read into memory only (nothing is unpacked to disk), each
    /// stopped at `maxInflated` bytes whatever its header claims.
    private static func unzip(_ path: String) throws(Failure) -> (files: [File], warnings: [Diagnostic]) {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw Failure("cannot read \(path) as a ZIP archive: \(error)")
        }
        var byKind: [(rank: Int, file: File)] = []
        var warnings: [Diagnostic] = []
        for entry in archive where entry.type == .file {
            let name = entry.path.split(separator: "/").last.map(String.init) ?? ""
            guard let rank = ["Job Applications", "Saved Jobs"].firstIndex(where: { name.hasPrefix($0) && name.hasSuffix(".csv") }) else { continue }
            let shown = "\(path)/\(entry.path)"
            if entry.path.hasPrefix("/") || entry.path.split(separator: "/").contains("..") || entry.path.contains("\\") {
                warnings.append(Diagnostic(file: path, line: 1, .warning, "the entry '\(entry.path)' points outside the archive; it was not read", id: "import-zip"))
                continue
            }
            if entry.uncompressedSize > UInt64(maxInflated) {
                throw Failure("\(shown) would inflate to \(entry.uncompressedSize) bytes, more than \(maxInflated >> 20) MiB; nothing was imported")
            }
            var bytes: [UInt8] = []
            do {
                _ = try archive.extract(entry, skipCRC32: false) { data in
                    guard bytes.count + data.count <= maxInflated else { throw Failure("too large") }
                    bytes += data
                }
            } catch let failure as Failure where failure.description == "too large" {
                throw Failure("\(shown) inflates past \(maxInflated >> 20) MiB, more than its header says (a ZIP bomb?); nothing was imported")
            } catch {
                throw Failure("cannot unpack \(shown): \(error)")
            }
            byKind.append((rank, File(name: shown, bytes: bytes)))
        }
        if byKind.isEmpty { throw Failure("\(path) has no Jobs/Job Applications.csv or Jobs/Saved Jobs.csv: is it LinkedIn's export?") }
        return (byKind.sorted { $0.rank < $1.rank }.map(\.file), warnings)
    }

    /// Which of the export's files a sheet is, by its header.
    package static func kind(of sheet: Sheet) -> Kind? {
        let headers = Set(sheet.header.map(Status.fold))
        if headers.contains("application-date") { return .applications }
        if headers.contains("saved-date") { return .savedJobs }
        return nil
    }

    /// The sheet's rows as applications.
    package static func applications(_ sheet: Sheet, file: String, kind: Kind, statusMap: [String: Status]) -> SheetImport {
        let map: [String: String]
        switch kind {
        case .applications:
            map = ["application-date": "applied", "company-name": "company", "job-title": "position", "job-url": "link",
                   "contact-email": "-", "contact-phone-number": "-", "resume-name": "resume", "question-and-answers": "notes"]
        case .savedJobs:
            map = ["saved-date": "saved", "company-name": "company", "job-title": "position", "job-url": "link"]
        }
        var sheetImport = SheetImport(sheet, file: file, options: .init(map: map, dateOrder: .monthDayYear, statusMap: statusMap, source: "LinkedIn"))
        sheetImport.leftOut.removeAll { ["Contact Email", "Contact Phone Number"].contains($0.header) }
        for i in sheetImport.applications.indices {
            if let notes = sheetImport.applications[i].notes {
                sheetImport.applications[i].notes = "Questions and answers of the application on LinkedIn:\n\n" + notes
            }
            guard kind == .savedJobs else { continue }
            sheetImport.applications[i].status = .saved
            if let at = sheetImport.applications[i].fields.firstIndex(where: { $0.key == "saved" }),
               case .day(let day) = DateCell.read(sheetImport.applications[i].fields[at].value, order: .monthDayYear) {
                sheetImport.applications[i].fields[at].value = day.description
            }
        }
        return sheetImport
    }
}
