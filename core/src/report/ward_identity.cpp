#include "report/ward_identity.hpp"

namespace wardreport {

std::string ward_identity(const Ward& ward) {
    const Identity& id = ward.identity;
    if (id.code && !id.code->empty()) return *id.code;
    return std::string(ward_kind_name(id.kind)) + " " + id.name + ", " + id.province;
}

}  // namespace wardreport
