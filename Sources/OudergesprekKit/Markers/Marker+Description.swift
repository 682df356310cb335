extension Marker {
  /// A short Dutch name for the marker, for feedback and reports.
  public var dutchName: String {
    switch self {
    case .ikBoodschap: "ik-boodschap"
    case .jijBoodschap: "jij-boodschap"
    case .parafrase: "parafrase"
    case .gevoelsreflectie: "gevoelsreflectie"
    case .samenvatting: "samenvatting"
    case .openVraag: "open vraag"
    case .aanmoediging: "aanmoediging"
    case .bevelen: "bevelen"
    case .waarschuwen: "waarschuwen"
    case .moraliseren: "moraliseren"
    case .adviseren: "adviseren"
    case .argumenteren: "argumenteren"
    case .bekritiseren: "bekritiseren"
    case .prijzen: "prijzen"
    case .etiketteren: "etiketteren"
    case .interpreteren: "interpreteren"
    case .geruststellen: "geruststellen"
    case .ondervragen: "ondervragen"
    case .afleiden: "afleiden"
    case .afrondingAankondigen: "afronding aankondigen"
    case .vervolgafspraak: "vervolgafspraak"
    case .bedanken: "bedanken"
    }
  }
}
