/// Plain Dutch phrases for what the teacher does, spoken to the colleague who plays the parent.
///
/// `present` fits after "als de docent …" (verb last); `past` fits after "De docent …".
enum TeacherMovePhrases {
  /// "je gevoel benoemt (gevoelsreflectie)": for a selector in a scenario's transition.
  static func present(_ selector: MarkerSelector) -> String {
    switch selector {
    case .marker(let marker): present(marker)
    case .family(.luisteren): "echt luistert (gevoelsreflectie, parafrase, samenvatting, open vraag, aanmoediging)"
    case .family(.blokkade): "een blokkade opwerpt (zoals adviseren, geruststellen, moraliseren of bevelen)"
    case .family(.afronding): "naar een afronding werkt (het einde aankondigen, een vervolgafspraak, bedanken)"
    case .family(.ikBoodschap): present(.ikBoodschap)
    case .family(.jijBoodschap): present(.jijBoodschap)
    case .neutral: "niets zegt wat je raakt"
    }
  }

  static func present(_ marker: Marker) -> String {
    switch marker {
    case .ikBoodschap: "vanuit zichzelf spreekt (ik-boodschap)"
    case .jijBoodschap: "je iets verwijt (jij-boodschap)"
    case .parafrase: "in eigen woorden herhaalt wat je zegt (parafrase)"
    case .gevoelsreflectie: "je gevoel benoemt (gevoelsreflectie)"
    case .samenvatting: "samenvat wat je vertelde (samenvatting)"
    case .openVraag: "een open vraag stelt"
    case .aanmoediging: "je aanmoedigt verder te vertellen (aanmoediging)"
    case .bevelen: "je iets opdraagt (bevelen)"
    case .waarschuwen: "waarschuwt of dreigt (waarschuwen)"
    case .moraliseren: "je de les leest (moraliseren)"
    case .adviseren: "ongevraagd advies geeft (adviseren)"
    case .argumenteren: "met je in discussie gaat (argumenteren)"
    case .bekritiseren: "kritiek geeft (bekritiseren)"
    case .prijzen: "je prijst om je te sturen (prijzen)"
    case .etiketteren: "een etiket plakt (etiketteren)"
    case .interpreteren: "invult wat jij denkt (interpreteren)"
    case .geruststellen: "je zorg wegwuift met geruststelling (geruststellen)"
    case .ondervragen: "vraag na vraag stelt (ondervragen)"
    case .afleiden: "over iets anders begint (afleiden)"
    case .afrondingAankondigen: "aankondigt dat het gesprek afloopt"
    case .vervolgafspraak: "een vervolgafspraak voorstelt"
    case .bedanken: "je bedankt"
    }
  }

  /// "benoemde je gevoel (gevoelsreflectie)": for a marker the analyser found in the teacher's reply.
  static func past(_ marker: Marker) -> String {
    switch marker {
    case .ikBoodschap: "sprak vanuit zichzelf (ik-boodschap)"
    case .jijBoodschap: "verweet je iets (jij-boodschap)"
    case .parafrase: "herhaalde in eigen woorden wat je zei (parafrase)"
    case .gevoelsreflectie: "benoemde je gevoel (gevoelsreflectie)"
    case .samenvatting: "vatte samen wat je vertelde (samenvatting)"
    case .openVraag: "stelde een open vraag"
    case .aanmoediging: "moedigde je aan verder te vertellen (aanmoediging)"
    case .bevelen: "droeg je iets op (bevelen)"
    case .waarschuwen: "waarschuwde of dreigde (waarschuwen)"
    case .moraliseren: "las je de les (moraliseren)"
    case .adviseren: "gaf ongevraagd advies (adviseren)"
    case .argumenteren: "ging met je in discussie (argumenteren)"
    case .bekritiseren: "gaf kritiek (bekritiseren)"
    case .prijzen: "prees je om je te sturen (prijzen)"
    case .etiketteren: "plakte een etiket (etiketteren)"
    case .interpreteren: "vulde in wat jij denkt (interpreteren)"
    case .geruststellen: "wuifde je zorg weg met geruststelling (geruststellen)"
    case .ondervragen: "stelde vraag na vraag (ondervragen)"
    case .afleiden: "begon over iets anders (afleiden)"
    case .afrondingAankondigen: "kondigde aan dat het gesprek afloopt"
    case .vervolgafspraak: "stelde een vervolgafspraak voor"
    case .bedanken: "bedankte je"
    }
  }

  /// "a, b of c" (or "en"): a Dutch list.
  static func list(_ items: [String], last conjunction: String) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
  }
}
