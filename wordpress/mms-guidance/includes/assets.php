<?php
/**
 * The module script, only on pages that show the widget and once however many
 * times they show it: each render notes its language, and the footer prints
 * one script, the one-language bundle when every use asked for the same
 * language, else the bundle with all of them. A module script runs after the
 * page is parsed wherever it stands, so the footer costs nothing.
 *
 * @package MmsGuidance
 */

defined( 'ABSPATH' ) || exit;

/**
 * Notes that the page shows the widget in a language.
 *
 * @param string $lang A built-in language tag.
 */
function mms_guidance_used( $lang ) {
	$GLOBALS['mms_guidance_languages_used'][ $lang ] = true;
}

add_action( 'wp_footer', 'mms_guidance_print_script' );

/** Prints the script tag, with its SRI hash, when the page used the widget. */
function mms_guidance_print_script() {
	$used = isset( $GLOBALS['mms_guidance_languages_used'] ) ? array_keys( $GLOBALS['mms_guidance_languages_used'] ) : array();
	if ( ! $used ) {
		return;
	}
	$bundle = 1 === count( $used ) ? 'mms-guidance.' . $used[0] . '.js' : 'mms-guidance.js';
	$dir    = MMS_GUIDANCE_DIR . '/assets/';
	if ( ! is_readable( $dir . $bundle ) ) {
		return;
	}
	$sri       = is_readable( $dir . 'sri.json' ) ? json_decode( (string) file_get_contents( $dir . 'sri.json' ), true ) : array();
	$integrity = isset( $sri[ $bundle ] ) && is_string( $sri[ $bundle ] ) ? ' integrity="' . esc_attr( $sri[ $bundle ] ) . '" crossorigin="anonymous"' : '';
	// The element upgrades in place; until it does, its fallback paragraph shows as a block.
	echo "<style id=\"mms-guidance-css\">mms-guidance:not(:defined){display:block}</style>\n";
	printf(
		"<script type=\"module\" id=\"mms-guidance-js\" src=\"%s\"%s></script>\n",
		esc_url( plugins_url( 'assets/' . $bundle, MMS_GUIDANCE_FILE ) ),
		$integrity // Escaped above.
	);
}

/**
 * The editor's sidebar lists the FAQ's questions for "open items", and the languages.
 *
 * @param WP_Block_Type $block The registered block.
 */
function mms_guidance_pass_faq_to_editor( $block ) {
	$handles = isset( $block->editor_script_handles ) ? $block->editor_script_handles : array( $block->editor_script );
	$content = mms_guidance_content();
	$data    = array(
		'languages' => array_map(
			static function ( $lang ) {
				return $lang['name'];
			},
			$content
		),
		'questions' => isset( $content['en']['faq'] ) ? $content['en']['faq'] : array(),
	);
	foreach ( array_filter( $handles ) as $handle ) {
		wp_add_inline_script( $handle, 'window.mmsGuidanceEditor = ' . wp_json_encode( $data ) . ';', 'before' );
	}
}

add_action( 'enqueue_block_editor_assets', 'mms_guidance_enqueue_in_editor' );

/** In the block editor, the widget itself, so the block's preview (the server's rendering) shows the real thing. */
function mms_guidance_enqueue_in_editor() {
	if ( is_readable( MMS_GUIDANCE_DIR . '/assets/mms-guidance.js' ) ) {
		wp_enqueue_script( 'mms-guidance-widget', plugins_url( 'assets/mms-guidance.js', MMS_GUIDANCE_FILE ), array(), filemtime( MMS_GUIDANCE_DIR . '/assets/mms-guidance.js' ), true );
	}
}

add_filter( 'script_loader_tag', 'mms_guidance_module_tag', 10, 2 );

/**
 * WordPress 6.1 has no module scripts of its own: mark ours as one. The first
 * type attribute counts, so it goes first.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function mms_guidance_module_tag( $tag, $handle ) {
	return 'mms-guidance-widget' === $handle ? preg_replace( '/^<script /', '<script type="module" ', $tag ) : $tag;
}
