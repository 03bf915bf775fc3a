// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace GradeDesk::Services {

/**
 * @brief A small deterministic generator (SplitMix64) for the demo course.
 *
 * The standard distributions are implementation-defined, so a demo course generated with the same
 * seed on another standard library would differ. This one gives the same sequence everywhere, and
 * `derive()` gives every student an independent stream, so students can be generated in parallel
 * in any order and still produce the same files.
 */
class DemoRandom final
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {}

    /// A generator for sub-stream `stream` of `seed`, independent of the order streams are used in.
    static DemoRandom derive(quint64 seed, quint64 stream)
    {
        DemoRandom mixer(seed ^ (stream * 0xD1B54A32D192ED03ULL));
        mixer.next();
        return DemoRandom(mixer.next());
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, bound); bound must be positive. The tiny modulo bias does not matter here.
    int below(int bound) { return bound <= 1 ? 0 : int(next() % quint64(bound)); }

    /// Uniform in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }

    /// True with the given probability in percent.
    bool percent(int chance) { return below(100) < chance; }

private:
    quint64 m_state;
};

} // namespace GradeDesk::Services
