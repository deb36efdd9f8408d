public enum JobJournalVersion { public static let string = "0.1.0" }
