package org.corroborate.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.corroborate.impl.extract.EntityMention;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.extract.Frame;
import org.corroborate.impl.extract.TimeMention;
import org.corroborate.impl.token.Span;
import org.corroborate.model.PartialDate;
import org.corroborate.news.Modality;
import org.corroborate.Explanation;
import org.corroborate.news.Attribution;
import org.corroborate.news.Quantity;

/**
 * The rows of {@link SparkNewsPipeline#extract}: one per claim, every field of the extractor's
 * claim, lists in the claim's order (text order, or sorted for the sets), absent values null,
 * and the claim's block keys ({@code ClaimMatcher.keys}).
 */
final class ClaimRows {
  private ClaimRows() {}

  private static final StructType QUANTITY = new StructType()
      .add("value", DataTypes.DoubleType, false)
      .add("low", DataTypes.DoubleType, false)
      .add("high", DataTypes.DoubleType, false)
      .add("unit", DataTypes.StringType, false)
      .add("approximate", DataTypes.BooleanType, false)
      .add("bound", DataTypes.StringType, false)
      .add("counted", DataTypes.StringType, true);

  private static final StructType ATTRIBUTION = new StructType()
      .add("speaker", DataTypes.StringType, false)
      .add("via", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("anonymous", DataTypes.BooleanType, false);

  private static final StructType ENTITY = new StructType()
      .add("surface", DataTypes.StringType, false)
      .add("key", DataTypes.StringType, false)
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false);

  private static final StructType TIME = new StructType()
      .add("date", DataTypes.StringType, false)
      .add("relative", DataTypes.BooleanType, false)
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false);

  private static final StructType FRAME = new StructType()
      .add("events", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("participants", DataTypes.createArrayType(DataTypes.StringType, false), false);

  /** The schema of a claim row; {@link SparkNewsPipeline} documents each column. */
  static final StructType SCHEMA = new StructType()
      .add("documentId", DataTypes.StringType, false)
      .add("sourceId", DataTypes.StringType, false)
      .add("id", DataTypes.StringType, false)
      .add("position", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false)
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("quantities", DataTypes.createArrayType(QUANTITY, false), false)
      .add("attribution", ATTRIBUTION, true)
      .add("modality", DataTypes.StringType, false)
      .add("entities", DataTypes.createArrayType(ENTITY, false), false)
      .add("times", DataTypes.createArrayType(TIME, false), false)
      .add("events", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("words", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("checkWorthiness", DataTypes.DoubleType, false)
      .add("frame", FRAME, true)
      .add("blockingKeys", DataTypes.createArrayType(DataTypes.StringType, false), false);

  /**
   * The row of {@code claim}, the {@code position}-th claim (from 0) of its document, with its
   * block keys.
   */
  static Row row(ExtractedClaim claim, int position, List<String> blockingKeys) {
    List<Row> quantities = new ArrayList<>();
    for (Quantity q : claim.quantities()) {
      quantities.add(RowFactory.create(q.value(), q.low(), q.high(), q.unit(), q.approximate(),
          q.bound().name(), q.counted().orElse(null)));
    }
    Row attribution = null;
    if (claim.attribution().isPresent()) {
      Attribution a = claim.attribution().get();
      attribution = RowFactory.create(a.speaker(), a.via().toArray(new String[0]), a.anonymous());
    }
    List<Row> entities = new ArrayList<>();
    for (EntityMention e : claim.entities()) {
      entities.add(RowFactory.create(e.surface(), e.key(), e.span().start(), e.span().end()));
    }
    List<Row> times = new ArrayList<>();
    for (TimeMention t : claim.times()) {
      times.add(RowFactory.create(t.date().toString(), t.relative(), t.span().start(),
          t.span().end()));
    }
    Row frame = null;
    if (claim.frame().isPresent()) {
      Frame f = claim.frame().get();
      frame = RowFactory.create(f.events().toArray(new String[0]),
          f.participants().toArray(new String[0]));
    }
    return RowFactory.create(claim.documentId(), claim.sourceId(), claim.id(), position,
        claim.text(), claim.span().start(), claim.span().end(), quantities.toArray(new Row[0]),
        attribution, claim.modality().name(), entities.toArray(new Row[0]),
        times.toArray(new Row[0]), claim.events().toArray(new String[0]),
        claim.words().toArray(new String[0]), claim.checkWorthiness(), frame,
        blockingKeys.toArray(new String[0]));
  }

  /**
   * The claim of a row of {@link #SCHEMA} (columns found by name), as the extractor made it but
   * for its check-worthiness explanation, which becomes a leaf holding the value: what the
   * agreement scorer reads (figures, attribution, modality, entities, dates, events, words,
   * frame) is the extractor's.
   */
  static ExtractedClaim claim(Row row) {
    List<Quantity> quantities = new ArrayList<>();
    for (Row q : row.<Row>getList(row.fieldIndex("quantities"))) {
      quantities.add(new Quantity(q.getDouble(0), q.getDouble(1), q.getDouble(2), q.getString(3),
          q.getBoolean(4), Quantity.Bound.valueOf(q.getString(5)),
          Optional.ofNullable(q.getString(6))));
    }
    Row a = row.getStruct(row.fieldIndex("attribution"));
    Optional<Attribution> attribution = a == null ? Optional.empty()
        : Optional.of(new Attribution(a.getString(0), a.<String>getList(1), a.getBoolean(2)));
    List<EntityMention> entities = new ArrayList<>();
    for (Row e : row.<Row>getList(row.fieldIndex("entities"))) {
      entities.add(new EntityMention(e.getString(0), e.getString(1),
          new Span(e.getInt(2), e.getInt(3))));
    }
    List<TimeMention> times = new ArrayList<>();
    for (Row t : row.<Row>getList(row.fieldIndex("times"))) {
      times.add(new TimeMention(PartialDate.parse(t.getString(0)), t.getBoolean(1),
          new Span(t.getInt(2), t.getInt(3))));
    }
    Row f = row.getStruct(row.fieldIndex("frame"));
    Optional<Frame> frame = f == null ? Optional.empty()
        : Optional.of(new Frame(new TreeSet<>(f.<String>getList(0)),
            new TreeSet<>(f.<String>getList(1))));
    double worth = row.getDouble(row.fieldIndex("checkWorthiness"));
    return new ExtractedClaim(row.getString(row.fieldIndex("id")),
        row.getString(row.fieldIndex("documentId")), row.getString(row.fieldIndex("sourceId")),
        new Span(row.getInt(row.fieldIndex("start")), row.getInt(row.fieldIndex("end"))),
        row.getString(row.fieldIndex("text")), quantities, attribution,
        Modality.valueOf(row.getString(row.fieldIndex("modality"))), entities, times,
        new TreeSet<>(row.<String>getList(row.fieldIndex("events"))),
        new TreeSet<>(row.<String>getList(row.fieldIndex("words"))),
        Explanation.leaf(worth, "check-worthiness, as extracted"), frame);
  }
}
