/* The learned detector's feature extraction in C: the same bytes and bucket indexes as
 * purpose_immune_classifier.features.clean_bytes and ngram_buckets, without numpy's per-call cost
 * (a dozen array passes and temporaries, which are most of a short text's scoring time).
 *
 * Integer arithmetic only (uint64, wrapping modulo 2**64 as numpy's uint64 arrays do), so the results are
 * exactly those of the numpy formulas; the package's tests check it on random and corpus text.
 *
 * Also the rule engine's word index (word_index, for purpose_immune_engine.prefixes.ViewIndex): where each
 * word of an ASCII view starts, by its four-character key, in one pass instead of one search per key. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* clean(raw) -> bytes: every ASCII byte that is not a digit or lower-case letter becomes a space (bytes
 * >= 128 are kept), and a space that follows a space is dropped. */
static PyObject *clean(PyObject *self, PyObject *arg) {
    Py_buffer in;
    if (PyObject_GetBuffer(arg, &in, PyBUF_SIMPLE) < 0) return NULL;
    const unsigned char *src = (const unsigned char *)in.buf;
    Py_ssize_t n = in.len;
    PyObject *out = PyBytes_FromStringAndSize(NULL, n);
    if (out == NULL) { PyBuffer_Release(&in); return NULL; }
    unsigned char *dst = (unsigned char *)PyBytes_AS_STRING(out);
    Py_ssize_t k = 0;
    int prev_space = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        unsigned char c = src[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c >= 128)) c = ' ';
        int space = c == ' ';
        if (space && prev_space && i > 0) continue;
        dst[k++] = c;
        prev_space = space;
    }
    PyBuffer_Release(&in);
    if (_PyBytes_Resize(&out, k) < 0) return NULL;
    return out;
}

/* The hashed n-grams of b[0:n], in the order of features.ngrams: character 3-, 4- and 5-grams (packed one
 * byte per 8 bits), then word 1- and 2-grams (polynomial hash sum b[i] * p**(i - s) over the bytes), each
 * salted, times mix, shifted. Writes the bucket of each into idx (chunk_sums adds each one's weight as it
 * goes, in the same order). */
typedef struct {
    uint64_t p, mix, salts[5];
    int shift;
} hash_params;

static Py_ssize_t count_ngrams(const unsigned char *b, Py_ssize_t n, Py_ssize_t *n_spaces_out) {
    Py_ssize_t n_spaces = 0, total = 0;
    for (Py_ssize_t i = 0; i < n; i++) n_spaces += b[i] == ' ';
    for (int order = 3; order <= 5; order++) if (n - order + 1 >= 1) total += n - order + 1;
    if (n_spaces >= 2) total += n_spaces - 1;
    if (n_spaces >= 3) total += n_spaces - 2;
    *n_spaces_out = n_spaces;
    return total;
}

static int fill_ngrams(const unsigned char *b, Py_ssize_t n, Py_ssize_t n_spaces, const hash_params *hp,
                       int64_t *idx) {
    Py_ssize_t k = 0;
    const uint64_t m = hp->mix;
    const int shift = hp->shift;
    for (int order = 3; order <= 5; order++) {
        Py_ssize_t count = n - order + 1;
        uint64_t salt = hp->salts[order - 3];
        for (Py_ssize_t i = 0; i < count; i++) {
            uint64_t packed = 0;
            for (int j = 0; j < order; j++) packed = (packed << 8) | b[i + j];
            idx[k] = (int64_t)(((packed ^ salt) * m) >> shift);
            k++;
        }
    }
    if (n_spaces < 2) return 0;
    Py_ssize_t *sp = PyMem_Malloc(n_spaces * sizeof(Py_ssize_t));
    uint64_t *wh = PyMem_Malloc(n_spaces * sizeof(uint64_t));
    uint64_t *wp = PyMem_Malloc(n_spaces * sizeof(uint64_t));
    if (sp == NULL || wh == NULL || wp == NULL) {
        PyMem_Free(sp); PyMem_Free(wh); PyMem_Free(wp);
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t s = 0;
    for (Py_ssize_t i = 0; i < n; i++) if (b[i] == ' ') sp[s++] = i;
    const uint64_t P = hp->p;
    for (Py_ssize_t j = 0; j + 1 < n_spaces; j++) {
        /* word j: bytes sp[j] + 1 .. sp[j + 1] - 1, hashed as sum b[i] * P**(i - start) */
        uint64_t h = 0, pw = 1;
        for (Py_ssize_t i = sp[j] + 1; i < sp[j + 1]; i++) { h += b[i] * pw; pw *= P; }
        wh[j] = h;
        wp[j] = pw; /* P ** (length of word j) */
        idx[k] = (int64_t)(((h ^ hp->salts[3]) * m) >> shift);
        k++;
    }
    for (Py_ssize_t j = 0; j + 2 < n_spaces; j++) {
        /* words j and j + 1 with the space between them: the bytes' hash read from the two words' */
        uint64_t h = wh[j] + (uint64_t)' ' * wp[j] + wp[j] * P * wh[j + 1];
        idx[k] = (int64_t)(((h ^ hp->salts[4]) * m) >> shift);
        k++;
    }
    PyMem_Free(sp); PyMem_Free(wh); PyMem_Free(wp);
    return 0;
}

static int check_shift(int shift) {
    if (shift < 1 || shift > 63) {
        PyErr_SetString(PyExc_ValueError, "shift must be in 1..63");
        return -1;
    }
    return 0;
}

/* buckets(cleaned, p, mix, shift, salt_c3, salt_c4, salt_c5, salt_w1, salt_w2) -> bytes of int64 bucket
 * indexes, in the order of features.ngram_buckets. */
static PyObject *buckets(PyObject *self, PyObject *args) {
    Py_buffer in;
    unsigned long long p, mix, salts[5];
    int shift;
    if (!PyArg_ParseTuple(args, "y*KKiKKKKK", &in, &p, &mix, &shift, &salts[0], &salts[1], &salts[2],
                          &salts[3], &salts[4]))
        return NULL;
    if (check_shift(shift) < 0) { PyBuffer_Release(&in); return NULL; }
    hash_params hp = {p, mix, {salts[0], salts[1], salts[2], salts[3], salts[4]}, shift};
    const unsigned char *b = (const unsigned char *)in.buf;
    Py_ssize_t n_spaces, total = count_ngrams(b, in.len, &n_spaces);
    PyObject *out = PyBytes_FromStringAndSize(NULL, total * (Py_ssize_t)sizeof(int64_t));
    if (out == NULL) { PyBuffer_Release(&in); return NULL; }
    if (fill_ngrams(b, in.len, n_spaces, &hp, (int64_t *)PyBytes_AS_STRING(out)) < 0) {
        Py_DECREF(out); PyBuffer_Release(&in); return NULL;
    }
    PyBuffer_Release(&in);
    return out;
}

/* chunk_sums(cleaned, weights, stride, p, mix, shift, salts...) -> (sums, counts, last_start): for each
 * chunk of stride bytes, the sum (float64, added in n-gram order, as numpy's bincount adds them) of the
 * float32 weights of the n-grams that start in it, and how many start there; last_start is the largest
 * start (-1 when there is no n-gram). sums and counts are bytes of float64 and int64.
 *
 * Each n-gram's weight is added as its bucket is computed, in fill_ngrams' order (character 3-, 4- and
 * 5-grams by start, then word 1- and 2-grams by start): a chunk receives its additions in the same order as
 * from bucket and position arrays filled first (n-grams of other chunks in between do not touch its sum),
 * so the floats are the same, without writing and reading back two int64 arrays of five entries a byte. */
static PyObject *chunk_sums(PyObject *self, PyObject *args) {
    Py_buffer in, w;
    Py_ssize_t stride;
    unsigned long long p, mix, salts[5];
    int shift;
    if (!PyArg_ParseTuple(args, "y*y*nKKiKKKKK", &in, &w, &stride, &p, &mix, &shift, &salts[0], &salts[1],
                          &salts[2], &salts[3], &salts[4]))
        return NULL;
    PyObject *result = NULL, *sums = NULL, *counts = NULL;
    Py_ssize_t *sp = NULL;
    uint64_t *wh = NULL, *wp = NULL;
    if (check_shift(shift) < 0) goto done;
    if (stride < 1) { PyErr_SetString(PyExc_ValueError, "stride must be positive"); goto done; }
    if ((size_t)w.len / sizeof(float) < ((size_t)1 << (64 - shift))) {
        PyErr_SetString(PyExc_ValueError, "weights shorter than the number of buckets");
        goto done;
    }
    const unsigned char *b = (const unsigned char *)in.buf;
    const float *wt = (const float *)w.buf;
    const Py_ssize_t n = in.len;
    const uint64_t m = mix;
    Py_ssize_t n_spaces = 0;
    for (Py_ssize_t i = 0; i < n; i++) n_spaces += b[i] == ' ';
    if (n_spaces >= 2) {
        sp = PyMem_Malloc(n_spaces * sizeof(Py_ssize_t));
        wh = PyMem_Malloc(n_spaces * sizeof(uint64_t));
        wp = PyMem_Malloc(n_spaces * sizeof(uint64_t));
        if (sp == NULL || wh == NULL || wp == NULL) { PyErr_NoMemory(); goto done; }
        Py_ssize_t s = 0;
        for (Py_ssize_t i = 0; i < n; i++) if (b[i] == ' ') sp[s++] = i;
    }
    /* the largest start: the first 3-gram's last one, or the last word's (a one-letter last word) */
    Py_ssize_t last = n >= 3 ? n - 3 : -1;
    if (n_spaces >= 2 && sp[n_spaces - 2] + 1 > last) last = sp[n_spaces - 2] + 1;
    Py_ssize_t n_chunks = last < 0 ? 0 : last / stride + 1;
    sums = PyBytes_FromStringAndSize(NULL, n_chunks * (Py_ssize_t)sizeof(double));
    counts = PyBytes_FromStringAndSize(NULL, n_chunks * (Py_ssize_t)sizeof(int64_t));
    if (sums == NULL || counts == NULL) goto done;
    double *su = (double *)PyBytes_AS_STRING(sums);
    int64_t *co = (int64_t *)PyBytes_AS_STRING(counts);
    for (Py_ssize_t c = 0; c < n_chunks; c++) { su[c] = 0.0; co[c] = 0; }
    for (int order = 3; order <= 5; order++) {
        const Py_ssize_t count = n - order + 1;
        const uint64_t salt = salts[order - 3];
        for (Py_ssize_t lo = 0, c = 0; lo < count; lo += stride, c++) {
            const Py_ssize_t hi = lo + stride < count ? lo + stride : count;
            double sum = su[c];
            for (Py_ssize_t i = lo; i < hi; i++) {
                uint64_t packed = 0;
                for (int j = 0; j < order; j++) packed = (packed << 8) | b[i + j];
                sum += (double)wt[((packed ^ salt) * m) >> shift];
            }
            su[c] = sum;
            co[c] += hi - lo;
        }
    }
    if (n_spaces >= 2) {
        for (Py_ssize_t j = 0; j + 1 < n_spaces; j++) {
            /* word j: bytes sp[j] + 1 .. sp[j + 1] - 1, hashed as sum b[i] * P**(i - start) */
            uint64_t h = 0, pw = 1;
            for (Py_ssize_t i = sp[j] + 1; i < sp[j + 1]; i++) { h += b[i] * pw; pw *= p; }
            wh[j] = h;
            wp[j] = pw;
            const Py_ssize_t c = (sp[j] + 1) / stride;
            su[c] += (double)wt[((h ^ salts[3]) * m) >> shift];
            co[c] += 1;
        }
        for (Py_ssize_t j = 0; j + 2 < n_spaces; j++) {
            uint64_t h = wh[j] + (uint64_t)' ' * wp[j] + wp[j] * p * wh[j + 1];
            const Py_ssize_t c = (sp[j] + 1) / stride;
            su[c] += (double)wt[((h ^ salts[4]) * m) >> shift];
            co[c] += 1;
        }
    }
    result = Py_BuildValue("(OOn)", sums, counts, last);
done:
    Py_XDECREF(sums);
    Py_XDECREF(counts);
    PyMem_Free(sp);
    PyMem_Free(wh);
    PyMem_Free(wp);
    PyBuffer_Release(&in);
    PyBuffer_Release(&w);
    return result;
}

/* Word characters of an ASCII text as Python's \w and str.isalnum() + "_" see them: [0-9A-Za-z_]. */
static unsigned char word_table[256];

static void fill_word_table(void) {
    for (int c = 0; c < 256; c++)
        word_table[c] = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

static inline int is_word(unsigned char c) { return word_table[c]; }

/* word_index(data) -> (codes, bounds, offsets): for ASCII ``data``, every string of one to four characters
 * that begins a word (a maximal run of word characters; four characters is the key length of
 * purpose_immune_engine.anchors.word_key) with the offsets of the words it begins, increasing. "you" thus
 * holds the words "you", "your" and "young", "your" the words "your" and "yours". One pass over the bytes
 * replaces one substring search of the whole text per key (purpose_immune_engine.prefixes.ViewIndex
 * .word_starts), and three objects are made whatever the text's length: the caller looks up only the
 * keys it asks for, in the open-addressing table itself. ``codes`` (native uint64, a power of two of
 * slots) holds each string packed as its bytes (the first in the lowest byte) plus its length times
 * 2**32, 0 in an empty slot; a string's home slot is ((code * WORD_HASH) mod 2**64) >> 17 masked to the
 * table, then the next slots in turn (see word_find); ``bounds`` holds, per slot, the start and the end
 * of its run in ``offsets`` (native int64). */
#define WORD_HASH 0x9E3779B97F4A7C15ULL

typedef struct {
    uint64_t code; /* 0: empty slot; else the string's bytes (low 32 bits) and length (bits 32-34) */
    int32_t count, at;
} word_slot;

#define MAX_INDEXED ((Py_ssize_t)1 << 28) /* four strings a word at most: counts stay below 2**31 */

/* The packed code of each prefix of the word at i (1 to 4 bytes, fewer when the word is shorter); returns
 * how many there are. */
static int word_codes(const unsigned char *b, Py_ssize_t i, Py_ssize_t n, uint64_t codes[4]) {
    uint64_t bytes = 0;
    int len = 0;
    while (len < 4 && i + len < n && is_word(b[i + len])) {
        bytes |= (uint64_t)b[i + len] << (8 * len);
        len++;
        codes[len - 1] = bytes | ((uint64_t)len << 32);
    }
    return len;
}

static word_slot *word_find(word_slot *table, size_t mask, uint64_t code) {
    size_t h = (size_t)((code * WORD_HASH) >> 17) & mask;
    while (table[h].code != 0 && table[h].code != code) h = (h + 1) & mask;
    return &table[h];
}

static int word_start(const unsigned char *b, Py_ssize_t i) {
    return is_word(b[i]) && (i == 0 || !is_word(b[i - 1]));
}

static PyObject *word_index(PyObject *self, PyObject *arg) {
    Py_buffer in;
    if (PyObject_GetBuffer(arg, &in, PyBUF_SIMPLE) < 0) return NULL;
    const unsigned char *b = (const unsigned char *)in.buf;
    Py_ssize_t n = in.len, entries = 0;
    uint64_t codes[4];
    PyObject *result = NULL, *codes_out = NULL, *bounds_out = NULL;
    word_slot *table = NULL;
    int64_t *offsets = NULL;
    if (n > MAX_INDEXED) { PyErr_SetString(PyExc_ValueError, "text too long to index"); goto done; }
    for (Py_ssize_t i = 0; i < n; i++) if (word_start(b, i)) entries += word_codes(b, i, n, codes);
    size_t cap = 16;
    while (cap < 2 * (size_t)entries + 2) cap <<= 1; /* at most half full: short probe runs */
    table = PyMem_Calloc(cap, sizeof(word_slot));
    offsets = PyMem_Malloc((entries ? entries : 1) * sizeof(int64_t));
    if (table == NULL || offsets == NULL) { PyErr_NoMemory(); goto done; }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!word_start(b, i)) continue;
        int k = word_codes(b, i, n, codes);
        for (int j = 0; j < k; j++) {
            word_slot *slot = word_find(table, cap - 1, codes[j]);
            slot->code = codes[j];
            slot->count++;
        }
    }
    codes_out = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)cap * (Py_ssize_t)sizeof(uint64_t));
    bounds_out = PyBytes_FromStringAndSize(NULL, 2 * (Py_ssize_t)cap * (Py_ssize_t)sizeof(int64_t));
    if (codes_out == NULL || bounds_out == NULL) goto done;
    uint64_t *slot_codes = (uint64_t *)PyBytes_AS_STRING(codes_out);
    int64_t *bounds = (int64_t *)PyBytes_AS_STRING(bounds_out);
    int32_t at = 0;
    for (size_t h = 0; h < cap; h++) {
        slot_codes[h] = table[h].code;
        table[h].at = at;
        bounds[2 * h] = at;
        at += table[h].count;
        bounds[2 * h + 1] = at;
        table[h].count = 0;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!word_start(b, i)) continue;
        int k = word_codes(b, i, n, codes);
        for (int j = 0; j < k; j++) {
            word_slot *slot = word_find(table, cap - 1, codes[j]);
            offsets[slot->at + slot->count++] = (int64_t)i;
        }
    }
    result = Py_BuildValue("(NNN)", codes_out, bounds_out,
                           PyBytes_FromStringAndSize((const char *)offsets, entries * (Py_ssize_t)sizeof(int64_t)));
    codes_out = bounds_out = NULL; /* Py_BuildValue's N took them, even on failure */
done:
    Py_XDECREF(codes_out);
    Py_XDECREF(bounds_out);
    PyMem_Free(table);
    PyMem_Free(offsets);
    PyBuffer_Release(&in);
    return result;
}

/* word_keys(data) -> frozenset[str]: the keys of word_index(data) alone (what a view's word set needs on
 * every scan; the offsets are asked for on some views only): one pass, one string per distinct key. */
static PyObject *word_keys(PyObject *self, PyObject *arg) {
    Py_buffer in;
    if (PyObject_GetBuffer(arg, &in, PyBUF_SIMPLE) < 0) return NULL;
    const unsigned char *b = (const unsigned char *)in.buf;
    Py_ssize_t n = in.len, words = 0;
    uint64_t codes[4];
    if (n > MAX_INDEXED) {
        PyBuffer_Release(&in);
        PyErr_SetString(PyExc_ValueError, "text too long to index");
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) words += word_start(b, i);
    PyObject *keys = PyFrozenSet_New(NULL);
    size_t cap = 16;
    while (cap < 2 * (size_t)words + 2) cap <<= 1; /* at most half full: short probe runs */
    word_slot *table = PyMem_Calloc(cap, sizeof(word_slot));
    if (keys == NULL || table == NULL) {
        if (table == NULL) PyErr_NoMemory();
        Py_CLEAR(keys);
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!word_start(b, i)) continue;
        int len = word_codes(b, i, n, codes);
        uint64_t code = codes[len - 1];
        word_slot *slot = word_find(table, cap - 1, code);
        if (slot->code != 0) continue;
        slot->code = code;
        PyObject *k = PyUnicode_FromStringAndSize((const char *)b + i, len);
        if (k == NULL || PySet_Add(keys, k) < 0) { Py_XDECREF(k); Py_CLEAR(keys); goto done; }
        Py_DECREF(k);
    }
done:
    PyMem_Free(table);
    PyBuffer_Release(&in);
    return keys;
}

/* -- the text normaliser's scans (purpose_immune_engine.normalize) ----------------------------------------
 *
 * Each function below gives exactly what one of the normaliser's regular expressions gives (the derivation
 * is next to each); the engine's tests compare them with the regexes on generated and arbitrary text and on
 * every development text. */

enum { C_B64 = 1, C_B32 = 2, C_HEX = 4, C_B85 = 8, C_ALNUM = 16, C_PRINT = 32, C_LEETW = 64, C_LEETMARK = 128 };
static unsigned char char_class[256];
static unsigned char leet_map[256]; /* _LEET: each digit or symbol to the letter it reads as */

static void fill_char_class(void) {
    const char *b85 = "!#$%&()*+-;<=>?@^_`{|}~";
    for (int c = 0; c < 128; c++) {
        unsigned char k = 0;
        int alnum = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (alnum) k |= C_ALNUM | C_B85;
        if (alnum || c == '+' || c == '/' || c == '_' || c == '-') k |= C_B64;
        if ((c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7')) k |= C_B32;
        if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f')) k |= C_HEX;
        if (c >= '!' && c <= '~') k |= C_PRINT;
        if (c && strchr(b85, c) != NULL) k |= C_B85;
        /* _LEET_TOKEN's class [\w@$!|+€] on ASCII, and its second lookahead's [0-9@$!|+€] */
        if (alnum || c == '_' || c == '@' || c == '$' || c == '!' || c == '|' || c == '+') k |= C_LEETW;
        if ((c >= '0' && c <= '9') || c == '@' || c == '$' || c == '!' || c == '|' || c == '+') k |= C_LEETMARK;
        char_class[c] = k;
    }
    static const char from[] = "01345789@$!|+", to[] = "oieastbgasilt";
    for (int c = 0; c < 256; c++) leet_map[c] = (unsigned char)c;
    for (int k = 0; from[k]; k++) leet_map[(unsigned char)from[k]] = (unsigned char)to[k];
}

static int add_run(PyObject *list, Py_ssize_t start, Py_ssize_t end) {
    PyObject *pair = Py_BuildValue("(nn)", start, end);
    if (pair == NULL) return -1;
    int rc = PyList_Append(list, pair);
    Py_DECREF(pair);
    return rc;
}

#define IS(c, k) (char_class[(unsigned char)(c)] & (k))

/* payload_runs reads a str of any kind through one array of class bits per character (a character from 128
 * up has none, as it matches none of the four regexes' ASCII classes), so offsets are character offsets. */
enum { C_EQ = 256, C_ZERO = 512, C_X = 1024 };
#define HAS(i, k) (cls[i] & (k))

/* _B64_RUN = (?<![A-Za-z0-9+/_\-])[A-Za-z0-9+/_\-]{16,}={0,2}(?![A-Za-z0-9+/_\-=]). A match starts where a
 * maximal run of the class starts (the look-behind); the look-ahead fails after a shorter run (the next
 * character is in the class), so the run is taken whole, and then all k of the '=' that follow (a shorter
 * count leaves an '=' next): a match iff the run has 16 or more characters, k <= 2 and the character after
 * the '=' is not in the class. Runs are separated by characters outside the class, so each is decided
 * alone. */
static int runs_b64(const uint16_t *cls, Py_ssize_t n, PyObject *out) {
    Py_ssize_t i = 0;
    while (i < n) {
        if (!HAS(i, C_B64)) { i++; continue; }
        Py_ssize_t j = i;
        while (j < n && HAS(j, C_B64)) j++;
        Py_ssize_t e = j;
        while (e < n && HAS(e, C_EQ)) e++;
        if (j - i >= 16 && e - j <= 2 && (e == n || !HAS(e, C_B64)) && add_run(out, i, e) < 0) return -1;
        i = j;
    }
    return 0;
}

/* _B32_RUN = (?<![A-Za-z0-9])[A-Z2-7]{16,}={0,6}(?![A-Za-z0-9=]). A match starts at a character of [A-Z2-7]
 * whose predecessor is not alphanumeric; as above the run of [A-Z2-7] is taken whole (a shorter one is
 * followed by an alphanumeric character) with all k '=' after it: a match iff the run has 16 or more
 * characters, k <= 6 and the character after is not alphanumeric. A character inside a run follows an
 * alphanumeric one, and the characters after a match's run are '=', so no other start is possible. */
static int runs_b32(const uint16_t *cls, Py_ssize_t n, PyObject *out) {
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!HAS(i, C_B32) || (i > 0 && HAS(i - 1, C_ALNUM))) continue;
        Py_ssize_t j = i;
        while (j < n && HAS(j, C_B32)) j++;
        Py_ssize_t e = j;
        while (e < n && HAS(e, C_EQ)) e++;
        if (j - i >= 16 && e - j <= 6 && (e == n || !HAS(e, C_ALNUM))) {
            if (add_run(out, i, e) < 0) return -1;
        }
        i = j - 1; /* the characters up to j follow an alphanumeric one */
    }
    return 0;
}

/* _HEX_RUN = (?<![0-9A-Za-z])(?:0x)?(?:[0-9A-Fa-f]{2}){8,}(?![0-9A-Za-z]). At a start whose predecessor is
 * not alphanumeric: with the "0x" prefix (tried first) the hex digits after it, L of them, match iff L is
 * even, at least 16, and the character after them is not alphanumeric (fewer pairs leave a hex digit next;
 * an odd L leaves one too); without it, the same test on the hex digits from the start ("0x..." then has
 * one digit, '0', and fails). A start inside a match or a run follows an alphanumeric character. */
static int runs_hex(const uint16_t *cls, Py_ssize_t n, PyObject *out) {
    for (Py_ssize_t i = 0; i < n; i++) {
        if (i > 0 && HAS(i - 1, C_ALNUM)) continue;
        Py_ssize_t s = (i + 1 < n && HAS(i, C_ZERO) && HAS(i + 1, C_X)) ? i + 2 : i;
        Py_ssize_t j = s;
        while (j < n && HAS(j, C_HEX)) j++;
        Py_ssize_t len = j - s;
        if (len >= 16 && len % 2 == 0 && (j == n || !HAS(j, C_ALNUM))) {
            if (add_run(out, i, j) < 0) return -1;
            i = j - 1;
        }
    }
    return 0;
}

/* _B85_RUN = (?<![!-~])[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]{20,}(?![!-~]). Its class lies inside [!-~], so a
 * match starts where a maximal run of [!-~] starts and, since a shorter match would be followed by a
 * character of [!-~], is that whole run: a match iff every character of the run is in the class and it has
 * 20 or more. */
static int runs_b85(const uint16_t *cls, Py_ssize_t n, PyObject *out) {
    Py_ssize_t i = 0;
    while (i < n) {
        if (!HAS(i, C_PRINT)) { i++; continue; }
        Py_ssize_t j = i;
        int all = 1;
        while (j < n && HAS(j, C_PRINT)) { all &= HAS(j, C_B85) != 0; j++; }
        if (all && j - i >= 20 && add_run(out, i, j) < 0) return -1;
        i = j;
    }
    return 0;
}

/* payload_runs(text: str) -> (base64, base32, hex, base85): each a list of the (start, end) of every match
 * of that run pattern of the normaliser, in order, as its finditer gives them. */
static PyObject *payload_runs(PyObject *self, PyObject *arg) {
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "payload_runs expects a str");
        return NULL;
    }
    if (PyUnicode_READY(arg) < 0) return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    uint16_t *cls = PyMem_Malloc((n + 1) * sizeof(uint16_t));
    if (cls == NULL) return PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        uint16_t k = 0;
        if (c < 128) {
            k = char_class[c];
            if (c == '=') k |= C_EQ;
            else if (c == '0') k |= C_ZERO;
            else if (c == 'x') k |= C_X;
        }
        cls[i] = k;
    }
    PyObject *lists[4] = {PyList_New(0), PyList_New(0), PyList_New(0), PyList_New(0)};
    PyObject *result = NULL;
    if (lists[0] == NULL || lists[1] == NULL || lists[2] == NULL || lists[3] == NULL) goto done;
    if (runs_b64(cls, n, lists[0]) < 0 || runs_b32(cls, n, lists[1]) < 0 || runs_hex(cls, n, lists[2]) < 0
        || runs_b85(cls, n, lists[3]) < 0) goto done;
    result = PyTuple_Pack(4, lists[0], lists[1], lists[2], lists[3]);
done:
    for (int k = 0; k < 4; k++) Py_XDECREF(lists[k]);
    PyMem_Free(cls);
    return result;
}

/* unleet(data) -> bytes: _LEET_TOKEN.sub(translate with _LEET) on ASCII text. _LEET_TOKEN =
 * (?<!W)(?=W{2,40}+(?!W))(?=W*[a-z])(?=W*[0-9@$!|+€])W{2,40} with W = [\w@$!|+€]: a match starts where a
 * maximal run of W starts (the look-behind); the possessive first look-ahead holds iff the run has 2 to 40
 * bytes, the others iff it holds a lower-case letter and one of [0-9@$!|+]; then W{2,40} takes the whole
 * run. So each such run is translated (0->o 1->i 3->e 4->a 5->s 7->t 8->b 9->g @->a $->s !->i |->l +->t) and
 * every other byte is kept. */
static PyObject *unleet(PyObject *self, PyObject *arg) {
    Py_buffer in;
    if (PyObject_GetBuffer(arg, &in, PyBUF_SIMPLE) < 0) return NULL;
    const unsigned char *b = (const unsigned char *)in.buf;
    Py_ssize_t n = in.len;
    PyObject *out = PyBytes_FromStringAndSize((const char *)b, n);
    if (out == NULL) { PyBuffer_Release(&in); return NULL; }
    unsigned char *dst = (unsigned char *)PyBytes_AS_STRING(out);
    Py_ssize_t i = 0;
    while (i < n) {
        if (!IS(b[i], C_LEETW)) { i++; continue; }
        Py_ssize_t j = i;
        int lower = 0, mark = 0;
        while (j < n && IS(b[j], C_LEETW)) {
            lower |= b[j] >= 'a' && b[j] <= 'z';
            mark |= IS(b[j], C_LEETMARK) != 0;
            j++;
        }
        if (j - i >= 2 && j - i <= 40 && lower && mark)
            for (Py_ssize_t k = i; k < j; k++) dst[k] = leet_map[b[k]];
        i = j;
    }
    PyBuffer_Release(&in);
    return out;
}

/* text_hints(text: str) -> int: which of five of the normaliser's regexes find a match in text, one bit
 * each, from one pass (each regex's search otherwise tries every position of the text):
 *   1  _HEX_TRIPLE  [0-9A-Fa-f]{2}[ ,:][0-9A-Fa-f]{2}[ ,:][0-9A-Fa-f]{2}   (fixed width: tested at each i)
 *   2  _BITS        [01]{7}                                                 (a run of seven 0s and 1s)
 *   4  _MORSE_HINT  [.\-]{1,6} [.\-]{1,6} [.\-]{1,6}: a substring matches iff some space follows a dot or
 *      dash, then 1 to 6 dots or dashes (the whole run: the middle group lies between two spaces), then a
 *      space and a dot or dash (the outer groups can be cut to one character)
 *   8  _LEET_HINT   two matches of [a-z][013457@$][a-z0-9]|[013457@$][a-z]{2} as finditer finds them: both
 *      branches are three characters wide, so finditer tries the first then the second at each position and
 *      after a match goes on three characters later
 *   16 _SPACED      (?<![a-z0-9])(?:[a-z0-9][ .\-_*|/~+,]{1,3}){3,}[a-z0-9](?![a-z0-9]): each [a-z0-9] of a match
 *      is one character between characters outside [a-z0-9] (a separator follows all but the last, which
 *      the look-ahead bounds, and the first has the look-behind), and each separator group is the whole run
 *      of separators between two of them (separators are outside [a-z0-9]); so a match exists iff four such
 *      lone characters follow one another with 1 to 3 separators, and nothing else, between each two.
 * A character from 128 up is in none of these classes (all ASCII), as in the regexes. */
#define IS_HEX(c) ((c) < 128 && (char_class[c] & C_HEX))
#define IS_LOW(c) ((c) >= 'a' && (c) <= 'z')
#define IS_DIG(c) ((c) >= '0' && (c) <= '9')
#define IS_DOT(c) ((c) == '.' || (c) == '-')

static int leet_mark(Py_UCS4 c) {
    return c == '0' || c == '1' || c == '3' || c == '4' || c == '5' || c == '7' || c == '@' || c == '$';
}

static int spaced_sep(Py_UCS4 c) {
    return c == ' ' || c == '.' || c == '-' || c == '_' || c == '*' || c == '|' || c == '/' || c == '~'
        || c == '+' || c == ',';
}

static PyObject *text_hints(PyObject *self, PyObject *arg) {
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "text_hints expects a str");
        return NULL;
    }
    if (PyUnicode_READY(arg) < 0) return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
#define AT(i) PyUnicode_READ(kind, data, (i))
    long hints = 0;
    Py_ssize_t bits = 0, leet = 0, chain = 0, gap = 0, next_leet = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = AT(i);
        /* 1: two hex digits, a separator, ... at i */
        if (!(hints & 1) && i + 7 < n && IS_HEX(c) && IS_HEX(AT(i + 1))) {
            Py_UCS4 s1 = AT(i + 2), s2 = AT(i + 5);
            if ((s1 == ' ' || s1 == ',' || s1 == ':') && (s2 == ' ' || s2 == ',' || s2 == ':') && IS_HEX(AT(i + 3))
                && IS_HEX(AT(i + 4)) && IS_HEX(AT(i + 6)) && IS_HEX(AT(i + 7)))
                hints |= 1;
        }
        /* 2: seven 0s and 1s in a row */
        bits = (c == '0' || c == '1') ? bits + 1 : 0;
        if (bits >= 7) hints |= 2;
        /* 4: a space after a dot or dash, 1-6 of them, a space, a dot or dash */
        if (!(hints & 4) && c == ' ' && i > 0 && IS_DOT(AT(i - 1))) {
            Py_ssize_t j = i + 1;
            while (j < n && j - i - 1 < 7 && IS_DOT(AT(j))) j++;
            Py_ssize_t len = j - i - 1;
            if (len >= 1 && len <= 6 && j + 1 < n && AT(j) == ' ' && IS_DOT(AT(j + 1))) hints |= 4;
        }
        /* 8: finditer's matches of the leet hint, from next_leet on */
        if (leet < 2 && i == next_leet) {
            if (i + 2 < n) {
                Py_UCS4 c1 = AT(i + 1), c2 = AT(i + 2);
                if ((IS_LOW(c) && leet_mark(c1) && (IS_LOW(c2) || IS_DIG(c2)))
                    || (leet_mark(c) && IS_LOW(c1) && IS_LOW(c2))) {
                    leet++;
                    next_leet = i + 3;
                } else {
                    next_leet = i + 1;
                }
            }
            if (leet >= 2) hints |= 8;
        }
        /* 16: a chain of four lone [a-z0-9] characters, 1-3 separators between each two */
        if (IS_LOW(c) || IS_DIG(c)) {
            int lone = (i == 0 || !(IS_LOW(AT(i - 1)) || IS_DIG(AT(i - 1))))
                && (i + 1 == n || !(IS_LOW(AT(i + 1)) || IS_DIG(AT(i + 1))));
            if (!lone) {
                chain = 0;
            } else {
                chain = (chain > 0 && gap >= 1 && gap <= 3) ? chain + 1 : 1;
                gap = 0;
                if (chain >= 4) hints |= 16;
            }
        } else if (spaced_sep(c)) {
            gap++;
        } else {
            chain = 0;
        }
    }
#undef AT
    return PyLong_FromLong(hints);
}

/* dehyphen(data) -> (bytes, n): _WORD_HYPHEN.subn("", data) on ASCII text, _WORD_HYPHEN = (?<=[a-z])-(?=[a-z]):
 * every '-' between two lower-case letters of the text as given (the look-arounds consume nothing, so in
 * "a-b-c" both go) is dropped, and n is how many. */
static PyObject *dehyphen(PyObject *self, PyObject *arg) {
    Py_buffer in;
    if (PyObject_GetBuffer(arg, &in, PyBUF_SIMPLE) < 0) return NULL;
    const unsigned char *b = (const unsigned char *)in.buf;
    Py_ssize_t n = in.len, k = 0, dropped = 0;
    PyObject *out = PyBytes_FromStringAndSize(NULL, n);
    if (out == NULL) { PyBuffer_Release(&in); return NULL; }
    unsigned char *dst = (unsigned char *)PyBytes_AS_STRING(out);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (b[i] == '-' && i > 0 && i + 1 < n && IS_LOW(b[i - 1]) && IS_LOW(b[i + 1])) { dropped++; continue; }
        dst[k++] = b[i];
    }
    PyBuffer_Release(&in);
    if (_PyBytes_Resize(&out, k) < 0) return NULL;
    return Py_BuildValue("(Nn)", out, dropped);
}

/* window_features(found, scale, n_windows, n_cues) -> list of lists: purpose_immune_classifier.cues.window_features.
 * found[c] holds the character positions of cue c's matches (a 1-D C-contiguous int64 buffer, such as a numpy
 * intp array, or a list of ints). Window k covers chunks k and k + 1; position p lies in chunk
 * (Py_ssize_t)((double)p * scale), which is numpy's (pos * scale).astype(np.intp): the int64 -> float64
 * conversion, one IEEE double product, truncation towards zero. scale None: the text is one window and a cue
 * is in it when it has any position. Per window: its cues in increasing order, then the index of every pair
 * (i, j), i < j, of them in the order of itertools.combinations, n_cues + the pair's rank among
 * combinations(range(n_cues), 2): i * n_cues - i * (i + 1) / 2 + (j - i - 1). */
static int mark_window(uint64_t *present, Py_ssize_t n_windows, Py_ssize_t p, double scale, int c) {
    Py_ssize_t w = (Py_ssize_t)((double)p * scale);
    if (w - 1 >= 0 && w - 1 < n_windows) present[w - 1] |= (uint64_t)1 << c;
    if (w >= 0 && w < n_windows) present[w] |= (uint64_t)1 << c;
    return 0;
}

static PyObject *window_features(PyObject *self, PyObject *args) {
    PyObject *found, *scale_obj;
    Py_ssize_t n_windows, n_cues;
    if (!PyArg_ParseTuple(args, "OOnn", &found, &scale_obj, &n_windows, &n_cues)) return NULL;
    if (!PyList_Check(found)) { PyErr_SetString(PyExc_TypeError, "found must be a list"); return NULL; }
    if (n_cues < 0 || n_cues > 64 || PyList_GET_SIZE(found) > n_cues || n_windows < 1) {
        PyErr_SetString(PyExc_ValueError, "need at most 64 cues, one list of positions per cue, and a window");
        return NULL;
    }
    int one = scale_obj == Py_None;
    double scale = 0.0;
    if (!one) {
        scale = PyFloat_AsDouble(scale_obj);
        if (scale == -1.0 && PyErr_Occurred()) return NULL;
    }
    uint64_t *present = (uint64_t *)PyMem_Calloc((size_t)n_windows, sizeof(uint64_t));
    if (present == NULL) return PyErr_NoMemory();
    Py_ssize_t n_found = PyList_GET_SIZE(found);
    for (Py_ssize_t c = 0; c < n_found; c++) {
        PyObject *pos = PyList_GET_ITEM(found, c);
        if (PyList_Check(pos)) {
            Py_ssize_t m = PyList_GET_SIZE(pos);
            if (m == 0) continue;
            if (one) { present[0] |= (uint64_t)1 << c; continue; }
            for (Py_ssize_t i = 0; i < m; i++) {
                Py_ssize_t p = PyLong_AsSsize_t(PyList_GET_ITEM(pos, i));
                if (p == -1 && PyErr_Occurred()) { PyMem_Free(present); return NULL; }
                mark_window(present, n_windows, p, scale, (int)c);
            }
            continue;
        }
        Py_buffer b;
        if (PyObject_GetBuffer(pos, &b, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) { PyMem_Free(present); return NULL; }
        const char *f = b.format == NULL ? "B" : b.format;
        if (f[0] == '<' || f[0] == '=' || f[0] == '@') f++;
        if (b.itemsize != 8 || b.ndim != 1 || (strcmp(f, "q") != 0 && strcmp(f, "l") != 0 && strcmp(f, "n") != 0)) {
            PyBuffer_Release(&b);
            PyMem_Free(present);
            PyErr_SetString(PyExc_TypeError, "positions must be int64");
            return NULL;
        }
        Py_ssize_t m = b.len / 8;
        const int64_t *v = (const int64_t *)b.buf;
        if (m > 0) {
            if (one) present[0] |= (uint64_t)1 << c;
            else for (Py_ssize_t i = 0; i < m; i++) mark_window(present, n_windows, (Py_ssize_t)v[i], scale, (int)c);
        }
        PyBuffer_Release(&b);
    }
    PyObject *out = PyList_New(n_windows);
    if (out == NULL) { PyMem_Free(present); return NULL; }
    int cues[64];
    for (Py_ssize_t k = 0; k < n_windows; k++) {
        int n = 0;
        for (int c = 0; c < 64; c++) if (present[k] >> c & 1) cues[n++] = c;
        PyObject *feats = PyList_New(n + n * (n - 1) / 2);
        if (feats == NULL) { Py_DECREF(out); PyMem_Free(present); return NULL; }
        Py_ssize_t at = 0;
        for (int a = 0; a < n; a++) PyList_SET_ITEM(feats, at++, PyLong_FromLong(cues[a]));
        for (int a = 0; a < n; a++) {
            Py_ssize_t i = cues[a];
            for (int z = a + 1; z < n; z++) {
                Py_ssize_t j = cues[z];
                PyList_SET_ITEM(feats, at++, PyLong_FromSsize_t(n_cues + i * n_cues - i * (i + 1) / 2 + (j - i - 1)));
            }
        }
        for (Py_ssize_t t = 0; t < at; t++) {
            if (PyList_GET_ITEM(feats, t) == NULL) { Py_DECREF(feats); Py_DECREF(out); PyMem_Free(present); return NULL; }
        }
        PyList_SET_ITEM(out, k, feats);
    }
    PyMem_Free(present);
    return out;
}

static PyMethodDef methods[] = {
    {"clean", clean, METH_O, "Non-alphanumeric ASCII as one space, runs of spaces as one."},
    {"buckets", buckets, METH_VARARGS, "Hashed n-gram bucket indexes (int64 bytes) of cleaned bytes."},
    {"chunk_sums", chunk_sums, METH_VARARGS, "Per-chunk sums and counts of the n-grams' weights."},
    {"word_keys", word_keys, METH_O, "The four-character keys of the words of an ASCII text (a frozenset)."},
    {"word_index", word_index, METH_O, "Where the words of an ASCII text start, by each of their first one to four characters."},
    {"payload_runs", payload_runs, METH_O, "The base64, base32, hex and base85 runs of a str, as the normaliser's regexes find them."},
    {"unleet", unleet, METH_O, "An ASCII text with its leetspeak words read back, as the normaliser's _LEET_TOKEN substitution does."},
    {"text_hints", text_hints, METH_O, "Which of five of the normaliser's regexes (hex triple, bits, Morse hint, two leet hints, spaced letters) match a str, as bits."},
    {"dehyphen", dehyphen, METH_O, "An ASCII text without the hyphens between two lower-case letters, and how many there were."},
    {"window_features", window_features, METH_VARARGS, "The learned detector's cue features per window, from each cue's match positions."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "purpose_immune_native._speedups",
    "C versions of the immune system's hot loops.", -1, methods,
};

PyMODINIT_FUNC PyInit__speedups(void) {
    fill_word_table();
    fill_char_class();
    return PyModule_Create(&module);
}
