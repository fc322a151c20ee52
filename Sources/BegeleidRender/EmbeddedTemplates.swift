/// The default templates and labels, carried inside the binary so that
/// `begeleid` also works outside the repository. SwiftPM embeds the files of
/// `Templates/` (`resources: [.embedInCode("Templates")]` in Package.swift,
/// through the link `Sources/BegeleidRender/Templates`); this table names
/// them by their path in that folder. A test compares it with the folder, so
/// a template added there without a line here is caught.
enum EmbeddedTemplates {
    static let files: [String: [UInt8]] = [
        "effect.mustache": PackageResources.effect_mustache,
        "fouten.html.mustache": PackageResources.fouten_html_mustache,
        "index.html.mustache": PackageResources.index_html_mustache,
        "kop.mustache": PackageResources.kop_mustache,
        "labels/en.yaml": PackageResources.en_yaml,
        "labels/nl.yaml": PackageResources.nl_yaml,
        "optie.md.mustache": PackageResources.optie_md_mustache,
        "optie.mustache": PackageResources.optie_mustache,
        "overzicht.html.mustache": PackageResources.overzicht_html_mustache,
        "paneel.html.mustache": PackageResources.paneel_html_mustache,
        "rapport.html.mustache": PackageResources.rapport_html_mustache,
        "rapport.md.mustache": PackageResources.rapport_md_mustache,
        "referentie.docx": PackageResources.referentie_docx,
        "stijl.mustache": PackageResources.stijl_mustache,
        "voet.mustache": PackageResources.voet_mustache,
        "voorstel.html.mustache": PackageResources.voorstel_html_mustache,
        "voorstel.md.mustache": PackageResources.voorstel_md_mustache,
        "voortgang.html.mustache": PackageResources.voortgang_html_mustache,
        "voortgang.md.mustache": PackageResources.voortgang_md_mustache,
        "waardenlijst.yaml": PackageResources.waardenlijst_yaml,
    ]

    /// The text files (templates, labels, vocabulary) as UTF-8 text.
    static let texts: [String: String] = files.filter { !$0.key.hasSuffix(".docx") }
        .mapValues { String(decoding: $0, as: UTF8.self) }
}
