/// A better reply in the same situation as a blockade: first the parent's feeling, then a listening or ik-move.
public enum BlockadeAlternative {
  /// A Dutch example reply instead of `marker`, fitted to how heated the parent was just before.
  public static func suggestion(instead marker: Marker, parentIntensity: Int?) -> String {
    let opener: String
    switch parentIntensity ?? 0 {
    case 7...: opener = "Ik merk dat dit u erg raakt. "
    case 5..<7: opener = "Ik hoor dat dit u bezighoudt. "
    default: opener = ""
    }
    return opener + (instead[marker] ?? "Kunt u daar meer over vertellen?")
  }

  private static let instead: [Marker: String] = [
    .bevelen:
      "Ik wil graag goed naar u luisteren; dat lukt me beter als we rustig praten. Wat is voor u nu het belangrijkste?",
    .waarschuwen: "Ik maak me zorgen over hoe het nu gaat. Hoe kijkt u daar zelf tegenaan?",
    .moraliseren: "Hoe ziet u dat zelf?",
    .adviseren: "U heeft vast al van alles geprobeerd. Wat heeft u tot nu toe gedaan, en wat werkte?",
    .argumenteren: "U ziet het anders dan ik. Vertelt u eens hoe u het ziet?",
    .bekritiseren: "Als ik zie dat [concreet gedrag], dan [gevolg], en daar maak ik me zorgen over.",
    .prijzen: "Wat heeft u van school nodig om hiermee verder te kunnen?",
    .etiketteren: "Wat ik zie is [concreet gedrag]. Hoe ziet u dat?",
    .interpreteren: "Ik weet niet zeker of ik u goed begrijp: wat bedoelt u precies?",
    .geruststellen: "U maakt zich zorgen. Wat maakt u het meest ongerust?",
    .ondervragen: "Kunt u vertellen wat er gebeurd is?",
    .afleiden: "Dit is belangrijk voor u. Vertelt u verder.",
    .jijBoodschap: "Wanneer [concreet gedrag], dan [gevolg voor mij of de klas], en dat vind ik lastig.",
  ]
}
