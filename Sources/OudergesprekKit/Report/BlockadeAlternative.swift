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
    return opener + (marker.knowledge.alternative ?? "Kunt u daar meer over vertellen?")
  }
}
