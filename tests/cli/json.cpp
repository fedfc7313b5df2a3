#include "json.hpp"

namespace sore::testing {

nlohmann::json list_json(const Sandbox& box, std::vector<std::string> extra) {
    std::vector<std::string> args{"list", "--format", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    auto r = box.run(args);
    EXPECT_EQ(r.status, 0) << r.err;
    return r.status == 0 ? nlohmann::json::parse(r.out) : nlohmann::json::array();
}

std::vector<long long> listed_ids(const Sandbox& box, std::vector<std::string> extra) {
    std::vector<long long> ids;
    for (const auto& entry : list_json(box, std::move(extra))) {
        ids.push_back(entry["id"].get<long long>());
    }
    return ids;
}

nlohmann::json show_json(const Sandbox& box, const std::string& id) {
    auto r = box.run({"show", id, "--format", "json"});
    EXPECT_EQ(r.status, 0) << r.err;
    return r.status == 0 ? nlohmann::json::parse(r.out) : nlohmann::json::object();
}

} // namespace sore::testing
