#ifndef CONFIDANT_CSTEMMER_SHIM_H
#define CONFIDANT_CSTEMMER_SHIM_H

// The Snowball stemmers (Debian's libstemmer-dev): the draft check uses the English (Porter2)
// stemmer so that "raped" and "rapist" are found for a listed "rape".
#include <libstemmer.h>

#endif
