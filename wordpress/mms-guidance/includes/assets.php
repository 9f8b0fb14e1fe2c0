<?php
/**
 * The widget's script, through WordPress's own script system: each bundle is
 * registered on init with the plugin's version, and a page that shows the
 * widget enqueues one of them once however many times it shows it: the
 * one-language bundle when every use asked for the same language, else the
 * bundle with all of them. The block editor enqueues the same registration.
 * WordPress prints the tag; `type="module"`, `integrity` and `crossorigin` are
 * added through its script-tag filters, where a CSP plugin adds its nonce too.
 *
 * @package MmsGuidance
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'mms_guidance_register_scripts' );

/** Registers each bundle the plugin was packaged with (handles mms-guidance and mms-guidance-<lang>). */
function mms_guidance_register_scripts() {
	foreach ( mms_guidance_bundles() as $handle => $bundle ) {
		wp_register_script( $handle, plugins_url( 'assets/' . $bundle['file'], MMS_GUIDANCE_FILE ), array(), $bundle['version'], true );
	}
	// The element upgrades in place; until it does, its fallback shows as a block.
	wp_register_style( 'mms-guidance', false, array(), MMS_GUIDANCE_VERSION );
	wp_add_inline_style( 'mms-guidance', 'mms-guidance:not(:defined){display:block}' );
}

/**
 * The packaged bundles by handle: their file, SRI hash and version. The version is the plugin's, then the
 * start of the file's hash, so a file that changes gets a new URL even if the version number does not, and a
 * cache keyed by URL can never hold other bytes than the integrity the page asks for.
 *
 * @return array<string, array{file: string, integrity: string, version: string}>
 */
function mms_guidance_bundles() {
	static $bundles = null;
	if ( null !== $bundles ) {
		return $bundles;
	}
	$bundles = array();
	$dir     = MMS_GUIDANCE_DIR . '/assets/';
	$sri     = is_readable( $dir . 'sri.json' ) ? json_decode( (string) file_get_contents( $dir . 'sri.json' ), true ) : null;
	if ( ! is_array( $sri ) ) {
		return $bundles;
	}
	foreach ( array_merge( array( '' ), mms_guidance_languages() ) as $lang ) {
		$file = '' === $lang ? 'mms-guidance.js' : 'mms-guidance.' . $lang . '.js';
		if ( ! isset( $sri[ $file ] ) || ! is_string( $sri[ $file ] ) || ! preg_match( '/^sha384-([A-Za-z0-9+\/]{64})$/', $sri[ $file ], $hash ) || ! is_readable( $dir . $file ) ) {
			continue;
		}
		$bundles[ '' === $lang ? 'mms-guidance' : 'mms-guidance-' . $lang ] = array(
			'file'      => $file,
			'integrity' => $sri[ $file ],
			'version'   => MMS_GUIDANCE_VERSION . '-' . strtr( substr( $hash[1], 0, 12 ), '+/', '-_' ),
		);
	}
	return $bundles;
}

/**
 * Notes that the page shows the widget in a language.
 *
 * @param string $lang A built-in language tag.
 */
function mms_guidance_used( $lang ) {
	$GLOBALS['mms_guidance_languages_used'][ $lang ] = true;
}

// Before wp_print_footer_scripts (wp_footer, priority 20), after every block and shortcode has rendered.
add_action( 'wp_footer', 'mms_guidance_enqueue', 5 );

/** Enqueues the bundle the page needs, when it used the widget. */
function mms_guidance_enqueue() {
	$used = isset( $GLOBALS['mms_guidance_languages_used'] ) ? array_keys( $GLOBALS['mms_guidance_languages_used'] ) : array();
	if ( ! $used ) {
		return;
	}
	$handle = 1 === count( $used ) ? 'mms-guidance-' . $used[0] : 'mms-guidance';
	if ( wp_script_is( $handle, 'registered' ) ) {
		wp_enqueue_script( $handle );
		wp_enqueue_style( 'mms-guidance' );
	}
}

add_action( 'enqueue_block_editor_assets', 'mms_guidance_enqueue_in_editor' );

/** In the block editor, the widget itself, so the block's preview (the server's rendering) shows the real thing. */
function mms_guidance_enqueue_in_editor() {
	wp_enqueue_script( 'mms-guidance' );
}

/**
 * The attributes our script tags need, by the tag's id (WordPress writes `id="<handle>-js"`), or null.
 *
 * @param string $id The tag's id.
 * @return array<string, string>|null
 */
function mms_guidance_script_attributes( $id ) {
	$bundles = mms_guidance_bundles();
	$handle  = preg_replace( '/-js$/', '', $id );
	if ( ! isset( $bundles[ $handle ] ) || $handle . '-js' !== $id ) {
		return null;
	}
	return array(
		'type'        => 'module',
		'integrity'   => $bundles[ $handle ]['integrity'],
		'crossorigin' => 'anonymous',
	);
}

add_filter( 'wp_script_attributes', 'mms_guidance_filter_script_attributes' );

/**
 * WordPress 6.4 and later build script tags from an array of attributes: add ours to it.
 *
 * @param array $attributes The tag's attributes.
 * @return array
 */
function mms_guidance_filter_script_attributes( $attributes ) {
	$ours = isset( $attributes['id'] ) && is_string( $attributes['id'] ) ? mms_guidance_script_attributes( $attributes['id'] ) : null;
	return null === $ours ? $attributes : array_merge( $attributes, $ours );
}

add_filter( 'script_loader_tag', 'mms_guidance_filter_script_tag', 10, 2 );

/**
 * WordPress 6.1 to 6.3 write the tag as a string: add our attributes to it, unless wp_script_attributes did.
 * A `type` WordPress wrote (`text/javascript` for themes without HTML5 script support) is replaced.
 *
 * @param string $tag    The script tag, with any inline scripts WordPress prints beside it.
 * @param string $handle Its handle.
 * @return string
 */
function mms_guidance_filter_script_tag( $tag, $handle ) {
	$ours = mms_guidance_script_attributes( $handle . '-js' );
	if ( null === $ours ) {
		return $tag;
	}
	$pattern = '/<script\b([^>]*)\sid=([\'"])' . preg_quote( $handle, '/' ) . '-js\2([^>]*)>/';
	return (string) preg_replace_callback(
		$pattern,
		static function ( $match ) use ( $ours ) {
			if ( preg_match( '/\sintegrity=/', $match[0] ) ) {
				return $match[0];
			}
			$start = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $match[0] );
			$added = '';
			foreach ( $ours as $name => $value ) {
				$added .= ' ' . $name . '="' . esc_attr( $value ) . '"';
			}
			// The first type attribute is the one that counts, so ours goes first.
			return '<script' . $added . substr( $start, strlen( '<script' ) );
		},
		$tag,
		1
	);
}

/**
 * The editor's sidebar lists the FAQ's questions for "open items", and the languages; its strings are
 * translated from languages/ (the .pot lists them) or from translate.wordpress.org.
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
		wp_set_script_translations( $handle, 'mms-guidance', MMS_GUIDANCE_DIR . '/languages' );
	}
}
