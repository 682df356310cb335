/// The marker model trained on the project's labelled Dutch replies (`scripts/train-analyser-model`), read once
/// per process from the data file `MarkerModelWeights.swift`, on first use.
enum DutchMarkerModel {
  static let shipped: MarkerModel = {
    do {
      return try MarkerModel(parsing: MarkerModelWeights.text)
    } catch {
      fatalError("the shipped marker model does not read: \(error)")
    }
  }()
}
