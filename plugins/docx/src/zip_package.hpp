// The OPC container of a docx: a zip (libzip) built in memory, entries in the order they were
// added, each deflated at a fixed level (zlib's default) and dated 1980-01-01 00:00 (the zip
// epoch), so identical parts give identical bytes whatever the clock or the time zone.
#pragma once

#include <string>
#include <vector>

namespace wardreport::docx {

class ZipPackage {
public:
    // `name` is the part's path in the package ("word/document.xml"); each name once.
    void add(std::string name, std::string bytes);
    // The zip archive's bytes. Throws ExportError when libzip fails.
    std::string bytes() const;

private:
    std::vector<std::pair<std::string, std::string>> entries_;
};

}  // namespace wardreport::docx
