// GMime's header decoding only: addresses (RFC 5322 lists, groups, comments, RFC 2047
// names), unstructured text (RFC 2047 words, raw 8-bit by fallback charsets), dates in
// every RFC 5322 form, message ids and references. jobjournal never calls g_mime_init:
// it registers every MIME part, stream and crypto type, which drags GIO and GPGME into the
// static executable; the functions below need only the charset map (docs/mail.md).
#include <gmime/gmime.h>

// GObject's type checks are macros Swift cannot import.
static inline int jj_address_is_group(InternetAddress *address) {
    return INTERNET_ADDRESS_IS_GROUP(address);
}

static inline const char *jj_mailbox_addr(InternetAddress *address) {
    return INTERNET_ADDRESS_IS_MAILBOX(address) ? internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)) : NULL;
}

static inline InternetAddressList *jj_group_members(InternetAddress *address) {
    return INTERNET_ADDRESS_IS_GROUP(address) ? internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)) : NULL;
}

static inline void jj_unref(void *object) { g_object_unref(object); }
