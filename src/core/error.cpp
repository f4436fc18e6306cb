#include "core/cpp_only.hpp"  // first: this file must never see a PostgreSQL header

#include "core/error.hpp"

#include <new>

namespace utopiahire::core {

void throw_out_of_memory() { throw std::bad_alloc(); }

}  // namespace utopiahire::core
