// The main of the fuzz targets in builds without libFuzzer: runs the
// target once on every file under the folders (and files) given, in name
// order, so CTest replays the seed corpus and every input that once
// crashed. A failure aborts, as it would under libFuzzer.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> files_under(const fs::path& folder) {
    std::vector<fs::path> found;
    for (const auto& item : fs::recursive_directory_iterator(folder)) {
        // Dot files (.gitkeep) hold a folder in git; they are no input.
        if (item.is_regular_file() && !item.path().filename().string().starts_with('.')) {
            found.push_back(item.path());
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace

int main(int argc, char** argv) {
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        fs::path place = argv[i];
        if (!fs::exists(place)) {
            std::fprintf(stderr, "replay: %s is missing\n", argv[i]);
            return 1;
        }
        for (const auto& path : fs::is_directory(place) ? files_under(place) : std::vector{place}) {
            std::ifstream in(path, std::ios::binary);
            if (!in) {
                std::fprintf(stderr, "replay: cannot read %s\n", path.c_str());
                return 1;
            }
            std::vector<char> bytes{std::istreambuf_iterator<char>(in), {}};
            // A buffer of the exact size, so a sanitizer sees a read past it.
            auto data = std::make_unique<std::uint8_t[]>(bytes.size());
            std::copy(bytes.begin(), bytes.end(), data.get());
            std::fprintf(stderr, "replay: %s\n", path.c_str());
            LLVMFuzzerTestOneInput(data.get(), bytes.size());
            ++count;
        }
    }
    std::printf("replayed %d inputs\n", count);
    return 0;
}
