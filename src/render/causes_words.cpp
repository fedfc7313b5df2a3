#include "render/causes_words.hpp"

#include "journal/entry.hpp"
#include "render/text.hpp"
#include "util/text.hpp"

#include <array>
#include <cmath>
#include <fmt/format.h>

namespace sore::render {

namespace {

using analysis::Cause;
using analysis::Gap;

// In the order of analysis::Cause.
constexpr std::array<CauseWords, 5> all_words{{
    {"Knots and trigger points", "knots", "--knots N", "a knot", "number of knots",
     "Sessions that found more knots left you sorer, by about {} points a knot. Knots are "
     "tight, touchy spots in the muscle that hurt when pressed; ask for them to be eased out "
     "gradually.",
     "Sessions that found more knots left you less sore, so tender spots in the muscle do not "
     "explain your soreness here.",
     "No clear link yet between how many knots were found and how sore you were."},
    {"Pressure", "a pressure", "--pressure LEVEL", "a pressure level", "pressure",
     "Firmer pressure went with more soreness, about {} points a level. Deep work reaches "
     "further into tight muscle and is more intense; agree on a level with your therapist "
     "before the session.",
     "Firmer sessions left you less sore, so deep pressure does not look like the source here.",
     "No clear link yet between how firm the pressure was and how sore you were."},
    {"Sitting", "hours sat", "--sitting H", "an hour sat", "hours sat",
     "Each extra hour sat went with about {} points more soreness. Long sitting can leave the "
     "glutes tight and out of balance; breaks and the exercises a therapist suggests can help.",
     "Days with more sitting left you less sore, so sitting does not look like the source "
     "here.",
     "No clear link yet between the hours you sat and how sore you were."},
    {"Injury or inflammation", "an injury", "--injury", "with an injury", "",
     "You were {} points sorer with an injury or inflamed area marked. Inflamed tissue reacts "
     "more to pressure: put massage off while an injury is fresh and have a healthcare "
     "professional look at it.",
     "Entries with an injury marked were less sore than the others, so injury does not explain "
     "your soreness here.",
     "No clear difference yet between entries with an injury marked and the others."},
    {"Emotional release", "an emotional release", "--emotional", "with a release", "",
     "Sessions with an emotional release left you {} points sorer. Letting go of held emotion "
     "can bring passing discomfort; it is worth telling your therapist.",
     "Sessions with an emotional release left you less sore than the others.",
     "No clear difference yet between sessions with an emotional release and the others."},
}};

std::string entries(int n) {
    return util::count(static_cast<std::size_t>(n), "entry", "entries");
}

// "Only 3 entries record", "No entries record", "Only 1 entry records".
std::string how_many(int have, std::string_view verb) {
    return fmt::format("{} {}{}", have == 0 ? "No entries" : "Only " + entries(have), verb,
                       have == 1 ? "s" : "");
}

std::string list_of(const std::vector<Cause>& causes) {
    std::vector<std::string_view> keys;
    keys.reserve(causes.size());
    for (auto cause : causes) {
        keys.push_back(analysis::key_of(cause));
    }
    return util::joined(keys, "and");
}

std::string value_text(Cause cause, double value) {
    switch (cause) {
    case Cause::sitting:
        return fmt::format("{} hours", fixed(value, 1));
    case Cause::pressure:
        return std::string(journal::name_of(static_cast<journal::Pressure>(std::lround(value))));
    default:
        return fixed(value, 0);
    }
}

} // namespace

const CauseWords& words_of(Cause cause) {
    return all_words.at(static_cast<std::size_t>(cause));
}

std::string finding_text(const analysis::Finding& f) {
    const auto& words = words_of(f.cause);
    double effect = f.line ? f.line->slope : f.groups ? f.groups->difference : 0.0;
    if (!f.strength || *f.strength == analysis::Strength::none_seen) {
        return std::string(words.none);
    }
    if (effect < 0) {
        return std::string(words.down);
    }
    return fmt::format(fmt::runtime(words.up), fixed(effect, 1));
}

std::string gap_text(Cause cause, const Gap& gap) {
    const auto& words = words_of(cause);
    switch (gap.kind) {
    case Gap::Kind::few_entries:
        if (analysis::is_measure(cause)) {
            return fmt::format("{} {}; {} more with {} would let sore answer.",
                               how_many(gap.have, "record"), words.recorded, gap.needed,
                               words.option);
        }
        return fmt::format("There {} only {}; {} more, with at least {} marking {} and {} not, "
                           "would let sore answer.",
                           gap.have == 1 ? "is" : "are", entries(gap.have), gap.needed,
                           analysis::min_per_group, words.recorded, analysis::min_per_group);
    case Gap::Kind::few_with:
        return fmt::format("{} {}; {} more with {} would let sore compare.",
                           how_many(gap.have, "mark"), words.recorded, gap.needed, words.option);
    case Gap::Kind::few_without:
        return fmt::format("Only {} {} without {}; {} more without it would let sore compare.",
                           entries(gap.have), gap.have == 1 ? "is" : "are", words.recorded,
                           gap.needed);
    case Gap::Kind::measure_constant:
        return fmt::format("Every entry records the same {} ({}); entries with other values "
                           "would let sore answer.",
                           words.measure, value_text(cause, gap.value.value_or(0)));
    case Gap::Kind::soreness_constant:
        return fmt::format("Soreness was {} in every one of these entries, so nothing can go "
                           "with it yet; entries with other ratings would let sore answer.",
                           fixed(gap.value.value_or(0), 0));
    case Gap::Kind::groups_constant:
        return "Soreness never varied within either group, so no interval can be given; more "
               "entries would let sore answer.";
    case Gap::Kind::exact_fit:
        return fmt::format("Soreness followed {} exactly in these entries, which leaves no room "
                           "for an interval; more entries would let sore answer.",
                           words.recorded);
    case Gap::Kind::singular:
        return "Some causes moved in lockstep in every complete entry, so their shares cannot "
               "be told apart; entries where they differ would let sore answer.";
    }
    return "";
}

std::string together_gap_text(const Gap& gap) {
    if (gap.kind == Gap::Kind::few_entries) {
        return fmt::format("{} sitting, pressure and knots together; {} more such entries "
                           "would let sore weigh the five causes against each other.",
                           gap.have == 0   ? "No entries record"
                           : gap.have == 1 ? "Only 1 entry records"
                                           : fmt::format("Only {} entries record", gap.have),
                           gap.needed);
    }
    if (gap.kind == Gap::Kind::exact_fit) {
        return "The causes account for soreness exactly in these entries, which leaves no room "
               "for intervals; more entries would let sore weigh them.";
    }
    if (gap.kind == Gap::Kind::measure_constant) {
        return "None of the causes varied in the entries that record them all, so there is "
               "nothing to weigh.";
    }
    return gap_text(Cause::sitting, gap);
}

std::string together_note(const analysis::Together& together) {
    std::string note = "Each figure is the change in soreness that goes with that cause while "
                       "the others stay the same, so a cause that seemed to matter on its own "
                       "only because it came with another one shrinks here.";
    if (!together.left_out.empty()) {
        note +=
            fmt::format(" Left out, as {} never varied here: {}.",
                        together.left_out.size() == 1 ? "it" : "they", list_of(together.left_out));
    }
    return note;
}

std::string_view association_note() {
    return "This shows what went together in your own journal, not proof that one thing causes "
           "another. Pain that is sharp, lasting or getting worse deserves a healthcare "
           "professional's opinion.";
}

} // namespace sore::render
