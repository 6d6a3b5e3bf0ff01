package org.corroborate.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.corroborate.model.Document;
import org.corroborate.model.Genre;
import org.corroborate.model.PartialDate;

/**
 * The input of {@link SparkNewsPipeline}: the schema check, and a row read as the model's {@link
 * Document}. Serializable: the tasks read rows with it.
 */
final class DocumentRows implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The columns every input must have, in the order the messages name them. */
  static final List<String> REQUIRED = List.of("id", "outlet", "title", "date", "text");

  private final int id;
  private final int outlet;
  private final int title;
  private final int date;
  private final int text;
  private final int url;

  private DocumentRows(StructType schema) {
    this.id = schema.fieldIndex("id");
    this.outlet = schema.fieldIndex("outlet");
    this.title = schema.fieldIndex("title");
    this.date = schema.fieldIndex("date");
    this.text = schema.fieldIndex("text");
    this.url = List.of(schema.fieldNames()).contains("url") ? schema.fieldIndex("url") : -1;
  }

  /**
   * The reader of {@code documents}' rows.
   *
   * @throws IllegalArgumentException naming the column that is missing or of another type
   */
  static DocumentRows of(Dataset<Row> documents) {
    StructType schema = documents.schema();
    List<String> names = List.of(schema.fieldNames());
    for (String name : REQUIRED) {
      if (!names.contains(name)) {
        throw new IllegalArgumentException("documents need a column '" + name + "'; the columns"
            + " are " + names + " (required: " + REQUIRED + ", optional: url)");
      }
    }
    for (StructField f : schema.fields()) {
      boolean wanted = REQUIRED.contains(f.name()) || f.name().equals("url");
      DataType type = f.dataType();
      boolean ok = type.equals(DataTypes.StringType)
          || (f.name().equals("date") && type.equals(DataTypes.DateType));
      if (wanted && !ok) {
        throw new IllegalArgumentException("column '" + f.name() + "' must be a string"
            + (f.name().equals("date") ? " (ISO-8601: 2024, 2024-08 or 2024-08-01) or a date" : "")
            + ", was " + type.simpleString());
      }
    }
    return new DocumentRows(schema);
  }

  /**
   * The document of a row: {@code outlet} is its source id; a null title, date or url is absent;
   * its genre is unknown (extraction does not read it).
   *
   * @throws IllegalArgumentException naming the column (and the row's id, where it has one) of a
   *     null or blank id or outlet, a null text, a malformed date or address
   */
  Document document(Row row) {
    String documentId = row.isNullAt(id) ? null : row.getString(id);
    if (documentId == null || documentId.isBlank()) {
      throw new IllegalArgumentException("column 'id' must not be null or blank, was "
          + (documentId == null ? "null" : "'" + documentId + "'")
          + (row.isNullAt(outlet) ? "" : " (outlet '" + row.getString(outlet) + "')"));
    }
    String where = "documents[" + documentId + "].";
    String source = row.isNullAt(outlet) ? null : row.getString(outlet);
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException(where + "outlet: must not be null or blank");
    }
    if (row.isNullAt(text)) {
      throw new IllegalArgumentException(where + "text: must not be null");
    }
    Optional<PartialDate> published = Optional.empty();
    if (!row.isNullAt(date)) {
      Object value = row.get(date);
      try {
        published = Optional.of(value instanceof String s ? PartialDate.parse(s)
            : value instanceof java.time.LocalDate d ? PartialDate.of(d)
            : PartialDate.of(((java.sql.Date) value).toLocalDate()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + "date: " + e.getMessage(), e);
      }
    }
    Optional<String> address = url < 0 || row.isNullAt(url)
        ? Optional.empty() : Optional.of(row.getString(url));
    Optional<String> problem = address.flatMap(Document::urlProblem);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(where + "url: " + problem.get());
    }
    return new Document(documentId, source,
        row.isNullAt(title) ? Optional.empty() : Optional.of(row.getString(title)), address,
        published, Genre.UNKNOWN, row.getString(text));
  }
}
