<?php
/**
 * The widget as the build pre-rendered it with Lit (assets/html/, copied from
 * dist/html/ when the plugin is packaged): its shadow root as declarative shadow
 * DOM, and the whole guidance as plain HTML for browsers without it. Options
 * that change the markup are applied with the edits the build recorded beside
 * each fragment (build/options.mjs), which the build checks against Lit's own
 * render; nothing here re-writes the widget's templates.
 *
 * @package MmsGuidance
 */

defined( 'ABSPATH' ) || exit;

/**
 * The inside of the pre-rendered element (everything after its start tag, up to
 * and with its end tag) for a language and options, or '' when the plugin was not
 * packaged with the fragments or an edit does not apply.
 *
 * @param string $lang    A built-in language tag.
 * @param array  $options From mms_guidance_clean_options().
 * @return string
 */
function mms_guidance_prerendered( $lang, $options ) {
	$dir      = MMS_GUIDANCE_DIR . '/assets/html/mms-guidance.' . $lang;
	$fragment = is_readable( $dir . '.html' ) ? (string) file_get_contents( $dir . '.html' ) : '';
	$variants = is_readable( $dir . '.options.json' ) ? json_decode( (string) file_get_contents( $dir . '.options.json' ), true ) : null;
	$start    = strpos( $fragment, '>' );
	if ( false === $start || ! is_array( $variants ) || ! isset( $variants['open'], $variants['allOpen'], $variants['shareOff'] ) ) {
		return '';
	}
	$inside = rtrim( substr( $fragment, $start + 1 ) );

	$edits = array();
	foreach ( $options['open_items'] as $id ) {
		if ( isset( $variants['open'][ $id ] ) ) {
			$edits[] = $variants['open'][ $id ];
		}
	}
	if ( count( $edits ) > 0 && count( $edits ) === count( $variants['open'] ) ) {
		$edits[] = $variants['allOpen'];
	}
	if ( ! $options['share'] ) {
		$edits[] = $variants['shareOff'];
	}
	foreach ( $edits as $edit ) {
		// Each edit's text occurs once in the fragment; anything else means a mismatched build.
		if ( 1 !== substr_count( $inside, $edit[0] ) ) {
			return '';
		}
		$inside = str_replace( $edit[0], $edit[1], $inside );
	}

	// The card's heading is h2 and the FAQ's h3 at the default level 2; the level moves both.
	$level = (int) $options['heading_level'];
	if ( 2 !== $level ) {
		$inside = preg_replace_callback(
			'/<(\/?)h([23])(?=[\s>])/',
			static function ( $match ) use ( $level ) {
				return '<' . $match[1] . 'h' . ( $level + (int) $match[2] - 2 );
			},
			$inside
		);
	}
	return $inside;
}
