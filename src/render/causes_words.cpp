// The sentences of the causes report. The facts behind them come from the
// article sore is built around (DESIGN.md section 1); the words are ours.

#include "render/causes.hpp"
#include "render/text.hpp"

#include <cmath>
#include <fmt/format.h>

namespace sore::render {

namespace {

using analysis::Cause;
using analysis::Gap;

// What the entries record for a cause, as a user would say it.
std::string_view recorded(Cause cause) {
    switch (cause) {
    case Cause::knots:
        return "knots";
    case Cause::pressure:
        return "a pressure";
    case Cause::sitting:
        return "hours sat";
    case Cause::injury:
        return "an injury";
    case Cause::emotional:
        return "an emotional release";
    }
    return "";
}

// How to log the cause.
std::string_view option(Cause cause) {
    switch (cause) {
    case Cause::knots:
        return "--knots N";
    case Cause::pressure:
        return "--pressure LEVEL";
    case Cause::sitting:
        return "--sitting H";
    case Cause::injury:
        return "--injury";
    case Cause::emotional:
        return "--emotional";
    }
    return "";
}

std::string entries(int n) {
    return fmt::format("{} {}", n, n == 1 ? "entry" : "entries");
}

std::string value_text(Cause cause, double value) {
    switch (cause) {
    case Cause::sitting:
        return fmt::format("{} hours", fixed(value, 1));
    case Cause::pressure:
        return fmt::format("level {}", fixed(value, 0));
    default:
        return fixed(value, 0);
    }
}

// Rising, falling, or no link seen, with the size of the figure.
enum class Way { up, down, none };

Way way_of(const analysis::Finding& f, double effect) {
    if (!f.strength || *f.strength == analysis::Strength::none_seen) {
        return Way::none;
    }
    return effect > 0 ? Way::up : Way::down;
}

std::string knots_text(Way way, double slope) {
    switch (way) {
    case Way::up:
        return fmt::format("Sessions that found more knots left you sorer, by about {} points a "
                           "knot. Knots are tight, touchy spots in the muscle that hurt when "
                           "pressed; ask for them to be eased out gradually.",
                           fixed(slope, 1));
    case Way::down:
        return "Sessions that found more knots left you less sore, so tender spots in the muscle "
               "do not explain your soreness here.";
    case Way::none:
        return "How many knots were found has not gone with how sore you were.";
    }
    return "";
}

std::string pressure_text(Way way, double slope) {
    switch (way) {
    case Way::up:
        return fmt::format("Firmer pressure went with more soreness, about {} points a level. "
                           "Deep work reaches further into tight muscle and is more intense; "
                           "agree on a level with your therapist before the session.",
                           fixed(slope, 1));
    case Way::down:
        return "Firmer sessions left you less sore, so deep pressure does not look like the "
               "source here.";
    case Way::none:
        return "How firm the pressure was has not gone with how sore you were.";
    }
    return "";
}

std::string sitting_text(Way way, double slope) {
    switch (way) {
    case Way::up:
        return fmt::format("Each extra hour sat went with about {} points more soreness. Long "
                           "sitting can leave the glutes tight and out of balance; breaks and "
                           "the exercises a therapist suggests can help.",
                           fixed(slope, 1));
    case Way::down:
        return "Days with more sitting left you less sore, so sitting does not look like the "
               "source here.";
    case Way::none:
        return "Hours sat have not gone with how sore you were.";
    }
    return "";
}

std::string injury_text(Way way, double difference) {
    switch (way) {
    case Way::up:
        return fmt::format("You were {} points sorer with an injury or inflamed area marked. "
                           "Inflamed tissue reacts more to pressure: put massage off while an "
                           "injury is fresh and have a healthcare professional look at it.",
                           fixed(difference, 1));
    case Way::down:
        return "Entries with an injury marked were less sore than the others, so injury does "
               "not explain your soreness here.";
    case Way::none:
        return "Entries with an injury marked were no sorer than the others, as far as these "
               "entries can tell.";
    }
    return "";
}

std::string emotional_text(Way way, double difference) {
    switch (way) {
    case Way::up:
        return fmt::format("Sessions with an emotional release left you {} points sorer. Letting "
                           "go of held emotion can bring passing discomfort; it is worth telling "
                           "your therapist.",
                           fixed(difference, 1));
    case Way::down:
        return "Sessions with an emotional release left you less sore than the others.";
    case Way::none:
        return "Sessions with an emotional release were no sorer than the others.";
    }
    return "";
}

} // namespace

std::string finding_text(const analysis::Finding& f) {
    double effect = f.line ? f.line->slope : f.groups ? f.groups->difference : 0.0;
    auto way = way_of(f, effect);
    switch (f.cause) {
    case Cause::knots:
        return knots_text(way, effect);
    case Cause::pressure:
        return pressure_text(way, effect);
    case Cause::sitting:
        return sitting_text(way, effect);
    case Cause::injury:
        return injury_text(way, effect);
    case Cause::emotional:
        return emotional_text(way, effect);
    }
    return "";
}

std::string gap_text(Cause cause, const Gap& gap) {
    switch (gap.kind) {
    case Gap::Kind::few_entries:
        if (analysis::is_measure(cause)) {
            return fmt::format("{} {} {}; {} more with {} would let sore answer.",
                               gap.have == 0 ? "No entries" : "Only " + entries(gap.have),
                               gap.have == 1 ? "records" : "record", recorded(cause), gap.needed,
                               option(cause));
        }
        return fmt::format("There {} only {}; {} more, with at least {} marking {} and {} not, "
                           "would let sore answer.",
                           gap.have == 1 ? "is" : "are", entries(gap.have), gap.needed,
                           analysis::min_per_group, recorded(cause), analysis::min_per_group);
    case Gap::Kind::few_with:
        return fmt::format("{} {} {}; {} more with {} would let sore compare.",
                           gap.have == 0 ? "No entries" : "Only " + entries(gap.have),
                           gap.have == 1 ? "marks" : "mark", recorded(cause), gap.needed,
                           option(cause));
    case Gap::Kind::few_without:
        return fmt::format("Only {} {} without {}; {} more without it would let sore compare.",
                           entries(gap.have), gap.have == 1 ? "is" : "are", recorded(cause),
                           gap.needed);
    case Gap::Kind::measure_constant:
        return fmt::format("Every entry records the same {} ({}); entries with other values "
                           "would let sore answer.",
                           cause == Cause::pressure ? "pressure"
                           : cause == Cause::knots  ? "number of knots"
                                                    : recorded(cause),
                           value_text(cause, gap.value.value_or(0)));
    case Gap::Kind::soreness_constant:
        return fmt::format("Soreness was {} in every one of these entries, so nothing can go "
                           "with it yet; entries with other ratings would let sore answer.",
                           fixed(gap.value.value_or(0), 0));
    case Gap::Kind::groups_constant:
        return "Soreness never varied within either group, so no interval can be given; more "
               "entries would let sore answer.";
    case Gap::Kind::singular:
        return "Some causes moved in lockstep in every complete entry, so their shares cannot "
               "be told apart; entries where they differ would let sore answer.";
    }
    return "";
}

} // namespace sore::render
