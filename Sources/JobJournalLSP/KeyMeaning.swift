/// What each front matter key means, for hover and completion: the type and meaning
/// columns of docs/format.md's tables (a test keeps them the same), by the part of the
/// front matter the key belongs to (`application`, `contact`, ... as `KeySet` names them).
package enum KeyMeaning {
    package struct Entry: Sendable {
        package var context: String
        package var key: String
        package var type: String
        package var meaning: String
    }

    package static func entry(_ key: String, in context: String) -> Entry? {
        all.first { $0.context == context && $0.key == key }
    }

    package static let all: [Entry] = [
        Entry(context: "application", key: "company", type: "text", meaning: "The employer. Also read as `employer`, `company_name`, `organisation`, `organization`, `employer_name`."),
        Entry(context: "application", key: "position", type: "text", meaning: "The job title. Also read as `role`, `title`, `job_title`, `job`, `position_title`. May be left empty (`position: \"\"`) when you do not know it yet: a warning (`empty-position`), not an error."),
        Entry(context: "application", key: "status", type: "one word", meaning: "Where it stands: `saved`, `applied`, `interviewing`, `offer`, `accepted`, `declined`, `rejected`, `withdrawn` or `no-response`; other tools' words for them are read too (the Status table). Also read as `job_status`, `stage`, `app_stage`, `application_status`, `application_stage`, `state`."),
        Entry(context: "application", key: "applied", type: "date, or `true`", meaning: "When you applied. Also read as `applied_on`, `date_applied`, `applied_date`, `applied_at`, `application_date`, `date_of_application`. `applied: true` means applied on a day not written down, and stands beside a date key (`Applied: true` with `Applied-Date: 2025-12-06` is no duplicate); `applied: false` means not applied yet (status `saved`)."),
        Entry(context: "application", key: "link", type: "text", meaning: "The job posting. Also read as `job_url`, `url`, `job_link`, `posting`, `posting_url`, `job_posting`."),
        Entry(context: "application", key: "follow-up", type: "date", meaning: "A day you set yourself to follow up: due that day, until a dated entry on or after it. Also read as `follow_up_date`, `next_follow_up`, `follow_up_reminder_date`, `follow_up_on`."),
        Entry(context: "application", key: "source", type: "text", meaning: "Where the posting was found or who referred you: `LinkedIn job post`, `referral from Tom Becker`. Statistics group by it ([stats.md](stats.md)). Also read as `found_via`, `referral`, `found_through`."),
        Entry(context: "application", key: "contacts", type: "list of contacts", meaning: "People at the employer."),
        Entry(context: "application", key: "interviews", type: "list of interviews", meaning: "Past and scheduled interviews."),
        Entry(context: "application", key: "references", type: "list of references", meaning: "People who vouch for you."),
        Entry(context: "application", key: "promises", type: "list of promises", meaning: "What you promised the employer."),
        Entry(context: "application", key: "offer", type: "offer", meaning: "The job offer, from phone call to approval."),
        Entry(context: "contact", key: "name", type: "text", meaning: "Full name, as used in an interview's `with`."),
        Entry(context: "contact", key: "salutation", type: "text", meaning: "How to address them in writing: `Mr. Jones`, `Ms. Ortiz`, or a first name only if they asked for it."),
        Entry(context: "contact", key: "role", type: "text", meaning: "Their job. Also read as `title`."),
        Entry(context: "contact", key: "email", type: "text", meaning: "Their email address."),
        Entry(context: "contact", key: "phone", type: "text", meaning: "Quote it: `\"+1 555 0100\"`."),
        Entry(context: "contact", key: "prefers", type: "text", meaning: "How they asked to be followed up: `email`, `phone`, `card`, or any other word. Also read as `preferred`."),
        Entry(context: "interview", key: "date", type: "date", meaning: "The day of the interview; may be ahead."),
        Entry(context: "interview", key: "with", type: "list of names, or one name", meaning: "Contact names; each must match a contact's `name` (case and extra spaces aside). Also read as `interviewers`."),
        Entry(context: "interview", key: "round", type: "whole number", meaning: "1, 2, ..."),
        Entry(context: "interview", key: "final", type: "true or false", meaning: "This was the last round before a decision."),
        Entry(context: "interview", key: "next-step", type: "date", meaning: "When they said you would hear back."),
        Entry(context: "interview", key: "thank-you", type: "date, or mapping", meaning: "When you sent the thank-you note: `2026-11-19`, or `{sent: 2026-11-19, via: card}` (`sent` required; `via` is `email`, `card`, ...)."),
        Entry(context: "reference", key: "name", type: "text", meaning: "Their full name."),
        Entry(context: "reference", key: "relation", type: "text", meaning: "`former manager`, `former client`, ..."),
        Entry(context: "reference", key: "email", type: "text", meaning: "Their email address."),
        Entry(context: "reference", key: "phone", type: "text", meaning: "Their phone number. Quote it."),
        Entry(context: "reference", key: "briefed", type: "date", meaning: "When you last told them about an interview with this employer."),
        Entry(context: "reference", key: "contacted", type: "date", meaning: "When they told you the employer (or a reference-check company) called them. Also read as `called`."),
        Entry(context: "promise", key: "what", type: "text", meaning: "`Send a writing sample`, `Call Ms. Ortiz on Monday`."),
        Entry(context: "promise", key: "due", type: "date", meaning: "When you said you would do it."),
        Entry(context: "promise", key: "done", type: "date", meaning: "When you did it."),
        Entry(context: "offer", key: "verbal", type: "date", meaning: "The offer was made by phone or in person."),
        Entry(context: "offer", key: "requested", type: "date", meaning: "You asked for the offer in writing (`jobjournal done` records it)."),
        Entry(context: "offer", key: "written", type: "date", meaning: "The offer letter arrived."),
        Entry(context: "offer", key: "reviewed", type: "date", meaning: "You checked the letter and asked for the terms it leaves out."),
        Entry(context: "offer", key: "accepted", type: "date", meaning: "You accepted it."),
        Entry(context: "offer", key: "approved", type: "date", meaning: "Its conditions cleared; the job is yours."),
        Entry(context: "offer", key: "salary", type: "text", meaning: "As the letter states it."),
        Entry(context: "offer", key: "benefits", type: "text", meaning: "As the letter states them."),
        Entry(context: "offer", key: "expenses", type: "text", meaning: "Reimbursement of expenses."),
        Entry(context: "offer", key: "conditions", type: "list of text, or one text", meaning: "`[background check, credit check]`."),
        Entry(context: "thank-you", key: "sent", type: "date", meaning: "When the thank-you note was sent."),
        Entry(context: "thank-you", key: "via", type: "text", meaning: "How it was sent: `email`, `card`, `phone`, ..."),
    ]
}
