#pragma once

// The words of the recovery report and the brief: every sentence either
// prints is a function here, so text, HTML and the brief say the same thing
// in the same words. The article says soreness after glute massage should
// ease as the muscles rebalance, and that the way to a better session is
// telling the therapist what pressure you can take; the words are ours.
// Nothing here prescribes: a pressure is a place to start the conversation.

#include "analysis/recovery.hpp"

#include <string>
#include <string_view>

namespace sore::render {

// "1 day", "1.5 days", "3 days".
std::string days_text(double days);

// "2 days (95% interval 1 to 3)", "2 days (95% interval 2 days or longer)":
// a recovery median; empty when there is none.
std::string recovery_days_text(const analysis::MedianWait& wait);

// What a figure lacks, as a clause: "needs 3 sessions that settled; 1 did".
std::string missing_text(const analysis::Missing& missing);

// Where a figure with nothing to show says why: the Missing of that figure
// (and level), or nothing.
const analysis::Missing* missing_of(const analysis::RecoveryReport& report,
                                    analysis::Missing::Figure figure,
                                    std::optional<int> pressure = std::nullopt);

// "Your usual soreness: 2.0 (the middle half of days 1.5 to 2.5), from 45
// clean days."
std::string baseline_text(const analysis::RecoveryReport& report);

// "Soreness was highest 1 day after a session: +2.10 above your usual
// (95% interval +1.80 to +2.40)."
std::string peak_text(const analysis::RecoveryReport& report);

// The pressure to start from, and why; or why none is suggested (an
// injury flagged lately: ask a doctor or physiotherapist first).
std::string comfortable_text(const analysis::RecoveryReport& report);

// "light (mean 4.0)" and "deep (7.4, 7 or more)" for the pain during each
// level; empty when no session recorded it.
std::string during_text(const analysis::RecoveryReport& report);

// Whether the soreness a session leaves fell over the months.
std::string settling_text(const analysis::RecoveryReport& report);

// The sessions after which soreness stayed up longer than usual, with the
// line that it is worth telling the therapist; empty when none.
std::string longer_text(const analysis::RecoveryReport& report);

// That these are the user's own days, not proof, and not a prescription.
std::string_view recovery_note();

// How the figures are made.
std::string_view recovery_method_note();

} // namespace sore::render
