#include "run.hpp"

int main(int argc, char** argv) {
    return sore::run(argc, argv);
}
