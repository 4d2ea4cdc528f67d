// The xlsx export plugin: the Exporter entry point around the workbook writer.
#include "workbook_writer.hpp"

#include <wardreport/plugin.hpp>

namespace wardreport::xlsx {

class XlsxExporter final : public Exporter {
public:
    PluginInfo info() const override {
        return {"xlsx", "1.0.0", "Excel workbooks: text, a sheet per table, native charts (libxlsxwriter)",
                {{"xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}}};
    }

    void write(const doc::Document& document, const std::string& format,
               const std::filesystem::path& out) override {
        if (format != "xlsx")
            throw ExportError("the xlsx plugin writes the format 'xlsx', not '" + format + "'");
        write_workbook(document, out);
    }
};

}  // namespace wardreport::xlsx

WARDREPORT_PLUGIN(wardreport::xlsx::XlsxExporter)
